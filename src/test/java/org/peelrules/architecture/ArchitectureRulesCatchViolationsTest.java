package org.peelrules.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule fails on a deliberate violation: the fixture in {@code org.peelrules.archfixture} lays
 * out the library's packages in miniature, and each of its classes breaks one rule. Were a rule to pass here, it
 * would pass on the library whatever the library did.
 */
class ArchitectureRulesCatchViolationsTest {
    private static final String FIXTURE = "org.peelrules.archfixture";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void aResultRecordThatUsesARuleFactBreaksTheLayers() {
        assertViolated(ArchitectureRules.layersRunOneWay(FIXTURE), FIXTURE + ".judgment.Verdict", FIXTURE + ".rules.Fact");
    }

    @Test
    void twoPackagesThatUseEachOtherAreACycle() {
        assertViolated(ArchitectureRules.noCyclesBetweenPackages(FIXTURE), FIXTURE + ".report.Page",
                FIXTURE + ".replay.Run");
    }

    @Test
    void anApiClassAndAnInternalOneThatUseEachOtherAreACycle() {
        assertViolated(ArchitectureRules.noCyclesBetweenPackages(FIXTURE), FIXTURE + ".Entry",
                FIXTURE + ".internal.engine.Engine");
    }

    @Test
    void twoClassesThatUseEachOtherAreACycle() {
        assertViolated(ArchitectureRules.noCyclesBetweenClasses(FIXTURE), FIXTURE + ".Entry",
                FIXTURE + ".internal.engine.Engine");
    }

    @Test
    void anInternalClassThatUsesTheApiIsCaught() {
        assertViolated(ArchitectureRules.internalsNeverUseTheApi(FIXTURE), FIXTURE + ".internal.engine.Engine",
                FIXTURE + ".Entry");
    }

    @Test
    void twoInternalPackagesThatUseEachOtherAreACycle() {
        assertViolated(ArchitectureRules.noCyclesBetweenInternalPackages(FIXTURE), FIXTURE + ".internal.read.Checks",
                FIXTURE + ".internal.ruleset.Loader");
    }

    @Test
    void aCommandThatUsesAnInternalClassIsCaught() {
        assertViolated(ArchitectureRules.cliUsesOnlyThePublicPackages(FIXTURE), FIXTURE + ".cli.Command",
                FIXTURE + ".internal.ruleset.Loader");
    }

    @Test
    void anApiClassThatUsesDroolsIsCaught() {
        assertViolated(ArchitectureRules.onlyEngineUsesDrools(FIXTURE), FIXTURE + ".Leaky",
                "org.kie.api.runtime.KieSession");
    }

    @Test
    void aLoaderClassThatUsesDroolsIsCaught() {
        assertViolated(ArchitectureRules.onlyEngineUsesDrools(FIXTURE), FIXTURE + ".internal.ruleset.Builder",
                "org.kie.api.KieBase");
    }

    @Test
    void anEngineHelperThatUsesDroolsIsCaught() {
        assertViolated(ArchitectureRules.onlyEngineUsesDrools(FIXTURE), FIXTURE + ".internal.engine.Meter",
                "org.kie.api.event.rule.AgendaEventListener");
    }

    @Test
    void engineAndTheClassesNestedInItMayUseDrools() {
        EvaluationResult result = ArchitectureRules.onlyEngineUsesDrools(FIXTURE).evaluate(CLASSES);
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .doesNotContain(FIXTURE + ".internal.engine.Engine");
    }

    @Test
    void aDroolsAdapterBesideEngineMayUseDrools() {
        EvaluationResult result = ArchitectureRules.onlyEngineUsesDrools(FIXTURE).evaluate(CLASSES);
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .doesNotContain(FIXTURE + ".internal.engine.DroolsAdapter");
    }

    @Test
    void aClassNamedAsADroolsAdapterOutsideTheEnginePackageIsCaught() {
        assertViolated(ArchitectureRules.onlyEngineUsesDrools(FIXTURE), FIXTURE + ".internal.ruleset.DroolsLoader",
                "org.kie.api.KieBase");
    }

    @Test
    void aClassThatUsesAnEngineClassOtherThanEngineIsCaught() {
        assertViolated(ArchitectureRules.outsideTheEnginePackageOnlyEngineIsUsed(FIXTURE),
                FIXTURE + ".internal.ruleset.Compiler", FIXTURE + ".internal.engine.Session");
    }

    @Test
    void aSecondPublicClassInTheEnginePackageIsCaught() {
        assertViolated(ArchitectureRules.theEnginePackageHasOnePublicClass(FIXTURE), FIXTURE + ".internal.engine.Session");
    }

    @Test
    void anApiMethodThatReturnsAnEngineTypeIsCaught() {
        assertViolated(ArchitectureRules.noEngineOrJacksonInPublicSignatures(FIXTURE), FIXTURE + ".Leaky",
                "org.kie.api.runtime.KieSession");
    }

    private static void assertViolated(ArchRule rule, String... named) {
        EvaluationResult result = rule.evaluate(CLASSES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(named);
    }
}
