package org.peelrules.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The library keeps the package boundaries docs/architecture.md describes. */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final String ROOT = "org.peelrules";

    @ArchTest
    static final ArchRule dependenciesRunOneWayFromTheCommandLineDownToTheEvidence =
            ArchitectureRules.layersRunOneWay(ROOT);

    @ArchTest
    static final ArchRule noPackageDependsOnAPackageThatDependsOnIt = ArchitectureRules.noCyclesBetweenPackages(ROOT);

    @ArchTest
    static final ArchRule theInternalPackagesHaveNoCycle = ArchitectureRules.noCyclesBetweenInternalPackages(ROOT);

    @ArchTest
    static final ArchRule theCommandLineUsesOnlyThePublicPackages = ArchitectureRules.cliUsesOnlyThePublicPackages(ROOT);

    @ArchTest
    static final ArchRule theApiResultsAndEvidenceShowNoEngineOrJacksonType =
            ArchitectureRules.noEngineOrJacksonInPublicSignatures(ROOT);
}
