package org.peelrules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The package boundaries of docs/architecture.md as ArchUnit rules. Each takes the root package, so that the same
 * rule is checked on the library ({@link ArchitectureTest}) and shown to catch a deliberate violation in a small
 * fixture ({@link ArchitectureRulesCatchViolationsTest}).
 */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    /**
     * cli → report, replay, check → API → internals → rules → judgment → evidence, one way; the errors and text
     * below every layer that uses them.
     */
    static ArchRule layersRunOneWay(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy(root + ".cli..")
                .layer("surface").definedBy(root + ".report..", root + ".replay..", root + ".check..")
                .layer("api").definedBy(root)
                .layer("internal").definedBy(root + ".internal..")
                .layer("jackson").definedBy(root + ".jackson..")
                .layer("rules").definedBy(root + ".rules..")
                .layer("judgment").definedBy(root + ".judgment..")
                .layer("evidence").definedBy(root + ".evidence..")
                .layer("errors").definedBy(root + ".errors..")
                .layer("text").definedBy(root + ".text..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("surface").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("api").mayOnlyBeAccessedByLayers("cli", "surface")
                .whereLayer("internal").mayOnlyBeAccessedByLayers("surface", "api")
                .whereLayer("jackson").mayOnlyBeAccessedByLayers("cli", "surface", "api", "internal")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("cli", "surface", "api", "internal")
                .whereLayer("judgment")
                .mayOnlyBeAccessedByLayers("cli", "surface", "api", "internal", "jackson", "rules")
                .whereLayer("evidence")
                .mayOnlyBeAccessedByLayers("cli", "surface", "api", "internal", "jackson", "rules", "judgment")
                .whereLayer("errors").mayOnlyBeAccessedByLayers("cli", "surface", "api", "internal")
                .because("dependencies run one way (docs/architecture.md)");
    }

    /** No cycle between any two packages of the library, the API package included. */
    static ArchRule noCyclesBetweenPackages(String root) {
        return slices().assignedFrom(slicedBy(root, "the packages of " + root, JavaClass::getPackageName))
                .should().beFreeOfCycles();
    }

    /** No cycle between any two classes of the library (a nested class counted with the class it is in). */
    static ArchRule noCyclesBetweenClasses(String root) {
        return slices().assignedFrom(slicedBy(root, "the classes of " + root, type -> outermost(type).getName()))
                .should().beFreeOfCycles();
    }

    /** The top-level class a class is nested in, or the class itself. */
    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    /** The library's classes, each in the slice {@code name} gives it; everything outside the library ignored. */
    private static SliceAssignment slicedBy(String root, String description, Function<JavaClass, String> name) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                String p = type.getPackageName();
                return p.equals(root) || p.startsWith(root + ".") ? SliceIdentifier.of(name.apply(type))
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return description;
            }
        };
    }

    /** The internals work on values of their own: nothing in them uses the API package that wraps them. */
    static ArchRule internalsNeverUseTheApi(String root) {
        return noClasses().that().resideInAPackage(root + ".internal..")
                .should().dependOnClassesThat().resideInAPackage(root)
                .because("the API package wraps the internals, never the other way round");
    }

    /** No cycle between the internal packages. */
    static ArchRule noCyclesBetweenInternalPackages(String root) {
        return slices().matching(root + ".internal.(*)..").should().beFreeOfCycles();
    }

    /**
     * The rules engine (Drools) is used by {@code Engine} (with the classes nested in it) and the adapters beside it
     * that it delegates to, named {@code Drools...}, and by nothing else: not even the other helpers in its package,
     * which see plain interfaces and records.
     */
    static ArchRule onlyEngineUsesDrools(String root) {
        String engine = enginePackage(root) + ".Engine";
        DescribedPredicate<JavaClass> notEngine = new DescribedPredicate<>("are not " + engine
                + ", nested in it or a Drools adapter beside it") {
            @Override
            public boolean test(JavaClass type) {
                JavaClass outer = outermost(type);
                return !outer.getName().equals(engine) && !(outer.getPackageName().equals(enginePackage(root))
                        && outer.getSimpleName().startsWith("Drools"));
            }
        };
        return noClasses().that(notEngine).and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .because("Drools sits behind internal.engine.Engine");
    }

    /** Outside the engine's package, only {@code Engine} (with the values nested in it) is used of it. */
    static ArchRule outsideTheEnginePackageOnlyEngineIsUsed(String root) {
        String engine = enginePackage(root);
        DescribedPredicate<JavaClass> behindEngine = new DescribedPredicate<>("are in " + engine + " but not Engine") {
            @Override
            public boolean test(JavaClass type) {
                return type.getPackageName().equals(engine) && !outermost(type).getSimpleName().equals("Engine");
            }
        };
        return noClasses().that().resideOutsideOfPackage(engine).and().resideInAPackage(root + "..")
                .should().dependOnClassesThat(behindEngine)
                .because("Engine is the one door to the engine: everything else there is the engine's own business");
    }

    /** The engine's package shows one public class, {@code Engine}; the rest are package-private. */
    static ArchRule theEnginePackageHasOnePublicClass(String root) {
        return classes().that().resideInAPackage(enginePackage(root)).and().areTopLevelClasses()
                .and().doNotHaveSimpleName("Engine").and().doNotHaveSimpleName("package-info")
                .should().notBePublic()
                .because("Engine is the one door to the engine");
    }

    private static String enginePackage(String root) {
        return root + ".internal.engine";
    }

    /** The command line is a user of the library like any other: it never reaches into the internals. */
    static ArchRule cliUsesOnlyThePublicPackages(String root) {
        return noClasses().that().resideInAPackage(root + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".internal..", "org.kie..", "org.drools..")
                .because("the command line uses only the API, judgment, evidence, report, replay, check and text");
    }

    /** Nothing of the engine or of Jackson in what a user of the API, result or evidence packages can call. */
    static ArchRule noEngineOrJacksonInPublicSignatures(String root) {
        return classes().that().resideInAnyPackage(root, root + ".errors..", root + ".judgment..", root + ".evidence..")
                .and().arePublic()
                .should(exposeNoTypeFrom("org.kie", "org.drools", "com.fasterxml.jackson"));
    }

    private static ArchCondition<JavaClass> exposeNoTypeFrom(String... packages) {
        return new ArchCondition<>("expose no type of " + String.join(", ", packages) + " in a public signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (!effectivelyPublic(type)) {
                    return;
                }
                Stream<JavaType> supertypes = Stream.concat(type.getSuperclass().stream(), type.getInterfaces().stream());
                supertypes.forEach(t -> report(type, "extends or implements " + t.getName(), t, events));
                for (JavaField field : type.getFields()) {
                    if (visible(field.getModifiers())) {
                        report(type, "field " + field.getName(), field.getType(), events);
                    }
                }
                for (JavaCodeUnit code : type.getCodeUnits()) {
                    if (!visible(code.getModifiers()) || code.getName().equals("<clinit>")) {
                        continue;
                    }
                    String where = code.getFullName();
                    report(type, where + " returns", code.getReturnType(), events);
                    code.getParameterTypes().forEach(p -> report(type, where + " takes", p, events));
                    code.getThrowsClause().getTypes().forEach(t -> report(type, where + " throws", t, events));
                }
            }

            private void report(JavaClass owner, String where, JavaType type, ConditionEvents events) {
                type.getAllInvolvedRawTypes().stream()
                        .filter(raw -> Stream.of(packages).anyMatch(p -> raw.getPackageName().startsWith(p)))
                        .forEach(raw -> events.add(SimpleConditionEvent.violated(owner,
                                owner.getName() + ": " + where + " " + raw.getName())));
            }
        };
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static boolean effectivelyPublic(JavaClass type) {
        for (Optional<JavaClass> t = Optional.of(type); t.isPresent(); t = t.get().getEnclosingClass()) {
            if (!t.get().getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }
}
