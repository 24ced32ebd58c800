package org.peelrules.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.io.ByteArrayResource;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.peelrules.errors.Problem;
import org.peelrules.internal.language.DrlText;

/**
 * Compiles rule files with Drools, for {@link Engine#compile}: the compiler's errors go to {@link DrlProblems}, and
 * what the compiled code calls to {@link RuleBytecode}, each as plain records.
 */
final class DroolsCompiler {
    private DroolsCompiler() {
    }

    /**
     * Compiles rule files, and checks what their compiled code calls against the rule language's allowlist.
     *
     * @param ruleFiles every rule file's bytes, by its path in the rule set
     * @param texts     the same files read as text, where problems are placed
     * @param label     where a problem no file owns is placed
     * @param problems  where every compiler error and refused call is added, each at its file and line
     * @return the compiled rules, or empty when a problem was added
     */
    static Optional<KieBase> compile(Map<String, byte[]> ruleFiles, Map<String, DrlText> texts, String label,
                                     List<Problem> problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        ruleFiles.forEach((name, bytes) -> {
            ByteArrayResource resource = new ByteArrayResource(bytes, StandardCharsets.UTF_8.name());
            resource.setSourcePath(name);
            builder.add(resource, ResourceType.DRL);
        });
        if (builder.hasErrors()) {
            problems.addAll(DrlProblems.of(compilerErrors(builder.getErrors()), texts, label));
            return Optional.empty();
        }
        // What the compiled code really calls decides, whatever the text check let through.
        List<Problem> refused = new ArrayList<>();
        RuleBytecode.check(compiledPackages(builder.getKnowledgePackages()), texts, refused);
        if (!refused.isEmpty()) {
            problems.addAll(refused);
            return Optional.empty();
        }
        return Optional.of(builder.newKieBase());
    }

    /** The compiler's errors as DrlProblems reads them: the message, and the file and line where Drools knows them. */
    private static List<DrlProblems.CompilerError> compilerErrors(Collection<KnowledgeBuilderError> errors) {
        List<DrlProblems.CompilerError> plain = new ArrayList<>();
        for (KnowledgeBuilderError error : errors) {
            String file = error.getResource() == null ? null : error.getResource().getSourcePath();
            int[] lines = error.getLines();
            plain.add(new DrlProblems.CompilerError(error.getMessage(), file,
                    lines != null && lines.length > 0 ? lines[0] : 0));
        }
        return plain;
    }

    /**
     * What RuleBytecode reads of the compiled packages: each rule's dialect and the class running its consequence,
     * each function's class, and every class the java dialect compiled (none when a package has no java code).
     */
    private static List<RuleBytecode.CompiledPackage> compiledPackages(Collection<KiePackage> packages) {
        List<RuleBytecode.CompiledPackage> plain = new ArrayList<>();
        for (KiePackage p : packages) {
            InternalKnowledgePackage pkg = (InternalKnowledgePackage) p;
            List<RuleBytecode.CompiledRule> rules = new ArrayList<>();
            for (org.kie.api.definition.rule.Rule r : pkg.getRules()) {
                RuleImpl rule = (RuleImpl) r;
                rules.add(new RuleBytecode.CompiledRule(rule.getName(), rule.getDialect(),
                        rule.getConsequence() == null ? null : rule.getConsequence().getClass().getName()));
            }
            Map<String, String> functions = new HashMap<>();
            pkg.getFunctions().forEach((name, f) -> functions.put(name, f.getClassName()));
            Map<String, byte[]> classes = pkg.getDialectRuntimeRegistry().getDialectData("java")
                    instanceof JavaDialectRuntimeData java ? java.getStore() : Map.of();
            plain.add(new RuleBytecode.CompiledPackage(rules, functions, classes));
        }
        return plain;
    }
}
