package org.peelrules.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

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
    static final ArchRule noClassDependsOnAClassThatDependsOnIt = ArchitectureRules.noCyclesBetweenClasses(ROOT);

    @ArchTest
    static final ArchRule theInternalsNeverUseTheApiPackage = ArchitectureRules.internalsNeverUseTheApi(ROOT);

    @ArchTest
    static final ArchRule onlyEngineDependsOnDrools = ArchitectureRules.onlyEngineUsesDrools(ROOT);

    @ArchTest
    static final ArchRule outsideTheEnginePackageOnlyEngineIsUsed = ArchitectureRules.outsideTheEnginePackageOnlyEngineIsUsed(ROOT);

    @ArchTest
    static final ArchRule theEnginePackageHasOnePublicClass = ArchitectureRules.theEnginePackageHasOnePublicClass(ROOT);

    @ArchTest
    static final ArchRule theInternalPackagesHaveNoCycle = ArchitectureRules.noCyclesBetweenInternalPackages(ROOT);

    @ArchTest
    static final ArchRule theCommandLineUsesOnlyThePublicPackages = ArchitectureRules.cliUsesOnlyThePublicPackages(ROOT);

    @ArchTest
    static final ArchRule theApiResultsAndEvidenceShowNoEngineOrJacksonType =
            ArchitectureRules.noEngineOrJacksonInPublicSignatures(ROOT);

    /**
     * What comes out is plain records and enums (and {@code Finding}, the interface the findings share), so that
     * a result is its components; the one class is {@code Explanation}, which works a judgment's trace and
     * why-not-higher out when first asked for and which every judgment's equality leaves aside.
     */
    @ArchTest
    static void theResultTypesArePlainRecordsAndEnumsButTheExplanation(JavaClasses classes) {
        List<String> notRecordOrEnum = classes.stream()
                .filter(c -> c.getPackageName().equals(ROOT + ".judgment"))
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
                .filter(c -> !c.isRecord() && !c.isEnum() && !c.isInterface())
                .map(JavaClass::getSimpleName).toList();
        assertThat(notRecordOrEnum).as("public types of %s.judgment that are neither record, enum nor interface",
                ROOT).containsExactly("Explanation");
    }

    /** What a Java user must learn to call the library: the API package and the errors, ten types at most. */
    @ArchTest
    static void theEntryPointsAreAtMostTenPublicTypes(JavaClasses classes) {
        List<String> entryPoints = classes.stream()
                .filter(c -> c.getPackageName().equals(ROOT) || c.getPackageName().equals(ROOT + ".errors"))
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
                .map(JavaClass::getSimpleName).sorted().toList();
        assertThat(entryPoints).as("public types of %s and %s.errors", ROOT, ROOT).isNotEmpty().hasSizeLessThanOrEqualTo(10);
    }
}
