package org.peelrules.internal.engine;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.peelrules.errors.Problem;
import org.peelrules.internal.language.DrlText;
import org.peelrules.internal.language.RuleLanguage;

/**
 * The authority on what a rule may do: reads every class Drools compiled from the rule files (each rule's
 * conditions in {@code eval}, its accumulate expressions and its consequence, every {@code function}) and
 * refuses each call, field, constructor or type the rule language's allowlist ({@link RuleLanguage}) does not
 * name. The text check ({@link org.peelrules.internal.language.RuleSafety}) runs first and gives earlier, plainer messages; this one sees
 * what the code really does, however it was written.
 *
 * <p>What cannot be checked this way is refused: a rule in the interpreted {@code mvel} dialect, whose code
 * never becomes a class. Each refusal is placed on the rule file: the rule a class belongs to is known from
 * the name Drools gives it, and the name refused is sought in that rule's text.
 */
final class RuleBytecode {
    private static final String SEE = " (see docs/authoring-rules.md, \"The rule language\")";
    /** The suffix of the class that calls a rule's consequence; the rest of its name is the rule's class. */
    private static final String CONSEQUENCE_INVOKER = "DefaultConsequenceInvoker";

    private final Map<String, DrlText> texts;
    private final List<Problem> problems;

    private RuleBytecode(Map<String, DrlText> texts, List<Problem> problems) {
        this.texts = texts;
        this.problems = problems;
    }

    /**
     * One package of compiled rules, as this check reads it.
     *
     * @param rules     its rules, in the compiler's order
     * @param functions the class each {@code function} was compiled to, by the function's name
     * @param classes   every class compiled from the package's rule files, by its file name
     *                  ({@code a/b/Rule_x.class}), in the compiler's order, which the refusals follow
     */
    record CompiledPackage(List<CompiledRule> rules, Map<String, String> functions, Map<String, byte[]> classes) {
        /**
         * Copies what it is given, keeping the order of the classes.
         *
         * @param rules     its rules
         * @param functions each function's class by its name
         * @param classes   each compiled class's bytes by its file name
         */
        CompiledPackage {
            rules = List.copyOf(rules);
            functions = Map.copyOf(functions);
            classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        }
    }

    /**
     * A compiled rule.
     *
     * @param name        its plain-English name
     * @param dialect     the dialect its code is in: {@code java}, or {@code mvel}, which is interpreted
     * @param consequence the name of the class that runs its consequence, or null when it has none
     */
    record CompiledRule(String name, String dialect, String consequence) {
    }

    /** Checks the compiled packages of a rule set whose files are {@code texts}, adding each refusal. */
    static void check(List<CompiledPackage> packages, Map<String, DrlText> texts, List<Problem> problems) {
        RuleBytecode check = new RuleBytecode(texts, problems);
        packages.forEach(check::check);
    }

    private void check(CompiledPackage pkg) {
        Map<String, CompiledRule> rulesByClass = new HashMap<>();
        for (CompiledRule rule : pkg.rules()) {
            if (!"java".equals(rule.dialect())) {
                problems.add(new Problem(header(rule.name()).toString(), "rule \"" + rule.name()
                        + "\" is in the \"" + rule.dialect() + "\" dialect, which is interpreted, so what it does "
                        + "cannot be checked: remove the dialect line (rules are written in the default, java)" + SEE));
                continue;
            }
            String invoker = rule.consequence() == null ? "" : rule.consequence();
            if (invoker.endsWith(CONSEQUENCE_INVOKER)) {
                rulesByClass.put(internal(invoker.substring(0, invoker.length() - CONSEQUENCE_INVOKER.length())),
                        rule);
            }
        }
        Map<String, String> functionsByClass = new HashMap<>();
        pkg.functions().forEach((name, className) -> functionsByClass.put(internal(className), name));
        Set<String> generated = new LinkedHashSet<>();
        pkg.classes().keySet().forEach(k -> generated.add(k.replaceFirst("\\.class$", "")));
        for (Map.Entry<String, byte[]> c : pkg.classes().entrySet()) {
            String name = c.getKey().replaceFirst("\\.class$", "");
            String ruleClass = rulesByClass.keySet().stream().filter(name::startsWith)
                    .max((a, b) -> a.length() - b.length()).orElse(null);
            Owner owner;
            if (ruleClass != null) {
                // An invoker is written by Drools from its own template, only to call the rule's class.
                owner = new RuleOwner(rulesByClass.get(ruleClass).name(), name.length() > ruleClass.length());
            } else if (functionsByClass.containsKey(name)) {
                owner = new FunctionOwner(functionsByClass.get(name));
            } else {
                owner = new FunctionOwner(null);
            }
            new ClassReader(c.getValue()).accept(new Checker(owner, generated), ClassReader.SKIP_FRAMES);
        }
    }

    private static String internal(String className) {
        return className.replace('.', '/');
    }

    /** Whose code a class holds, and where in the rule files its names are sought. */
    private sealed interface Owner permits RuleOwner, FunctionOwner {
    }

    private record RuleOwner(String rule, boolean engineTemplate) implements Owner {
    }

    private record FunctionOwner(String function) implements Owner {
    }

    private final class Checker extends ClassVisitor {
        private final Owner owner;
        private final Set<String> generated;
        private final Set<String> reported = new LinkedHashSet<>();

        Checker(Owner owner, Set<String> generated) {
            super(Opcodes.ASM9);
            this.owner = owner;
            this.generated = generated;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitMethodInsn(int opcode, String type, String member, String desc, boolean itf) {
                    call(type, member);
                }

                @Override
                public void visitFieldInsn(int opcode, String type, String member, String desc) {
                    call(type, member);
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    type(type);
                }

                @Override
                public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
                    type(Type.getType(descriptor).getElementType().getInternalName());
                }

                @Override
                public void visitTryCatchBlock(org.objectweb.asm.Label start, org.objectweb.asm.Label end,
                                               org.objectweb.asm.Label handler, String type) {
                    if (type != null) {
                        type(type);
                    }
                }

                @Override
                public void visitLdcInsn(Object value) {
                    if (value instanceof Type t && t.getSort() != Type.METHOD) {
                        refuse(simple(t.getClassName()), "names the class " + t.getClassName()
                                + " as a value (.class), which leads to reflection");
                    } else if (value instanceof Handle || value instanceof ConstantDynamic || value instanceof Type) {
                        refuse(owner instanceof RuleOwner r ? r.rule() : "", "uses a method handle or a dynamic "
                                + "constant, which leads to reflection");
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(String member, String desc, Handle bootstrap, Object... args) {
                    call(bootstrap.getOwner(), bootstrap.getName());
                    for (Object a : args) {
                        if (a instanceof Handle h) {
                            call(h.getOwner(), h.getName());
                        }
                    }
                }
            };
        }

        private void type(String type) {
            String element = type.startsWith("[") ? Type.getType(type).getElementType().getInternalName() : type;
            if (element.length() == 1 || generated.contains(element) || engineGlue(element)
                    || RuleLanguage.allowedType(element) != null) {
                return;
            }
            refuse(simple(element), "names " + element.replace('/', '.') + ", which is outside the rule language: "
                    + "rules may use only the rule vocabulary and plain values (text, numbers, collections, dates)");
        }

        private void call(String type, String member) {
            if (type.startsWith("[")) {
                type(type);
                return;
            }
            if (generated.contains(type)) {
                return;
            }
            String refused = RuleLanguage.REFUSED_MEMBERS.get(member);
            if (refused != null && !engineGlue(type)) {
                refuse(member, "calls " + member + ", which a rule may not use: " + refused);
                return;
            }
            if (engineGlue(type)) {
                return;
            }
            if (type.equals("org/drools/core/rule/consequence/KnowledgeHelper")) {
                if (!RuleLanguage.ENGINE_CALLS.containsKey(member)) {
                    refuse(member, "calls the engine's " + member + ", which a rule may not use: a rule may only read "
                            + "facts and insert new ones");
                }
                return;
            }
            if (RuleLanguage.allowed(type, member) != null) {
                return;
            }
            String dotted = type.replace('/', '.');
            String what = member.equals("<init>") ? "creates a " + dotted
                    : member.equals("<clinit>") ? "names " + dotted : "uses " + dotted + "." + member;
            refuse(member.startsWith("<") ? simple(dotted) : member, what + ", which is outside the rule language: "
                    + "rules may use only the rule vocabulary and plain values (text, numbers, collections, dates)");
        }

        /** Drools' own template code, in the invokers it writes around a rule's class: never a rule's text. */
        private boolean engineGlue(String type) {
            return owner instanceof RuleOwner r && r.engineTemplate()
                    && (type.startsWith("org/drools/") || type.startsWith("org/kie/") || type.equals("java/lang/Object")
                    || type.equals("java/lang/String"));
        }

        private void refuse(String name, String message) {
            String where = where(name);
            String subject = owner instanceof RuleOwner r ? "rule \"" + r.rule() + "\" "
                    : owner instanceof FunctionOwner f && f.function() != null ? "function " + f.function() + " "
                    : "code compiled from the rule files ";
            if (reported.add(where + message)) {
                problems.add(new Problem(where, subject + message + SEE));
            }
        }

        private String where(String name) {
            if (owner instanceof RuleOwner r) {
                DrlText.Position header = header(r.rule());
                DrlText text = texts.get(header.file());
                DrlText.Position at = text == null || name.isEmpty() ? null
                        : text.find(header.line(), "\\b" + Pattern.quote(name) + "\\b");
                return (at != null ? at : header).toString();
            }
            if (owner instanceof FunctionOwner f && f.function() != null) {
                String function = "\\bfunction\\b[^{;]*\\b" + Pattern.quote(f.function()) + "\\s*\\(";
                for (DrlText text : texts.values()) {
                    DrlText.Position start = text.find(1, function);
                    if (start != null) {
                        DrlText.Position at = text.find(start.line(), "\\b" + Pattern.quote(name) + "\\b");
                        return (at != null ? at : start).toString();
                    }
                }
            }
            return texts.isEmpty() ? "" : texts.keySet().iterator().next() + ":1:1";
        }
    }

    private DrlText.Position header(String rule) {
        for (DrlText text : texts.values()) {
            for (DrlText.Rule r : text.rules()) {
                if (r.name().equals(rule)) {
                    return r.at();
                }
            }
        }
        String first = texts.isEmpty() ? "" : texts.keySet().iterator().next();
        return new DrlText.Position(first, 1, 1);
    }

    private static String simple(String className) {
        String s = className.substring(className.lastIndexOf('.') + 1);
        s = s.substring(s.lastIndexOf('/') + 1);
        return s.substring(s.lastIndexOf('$') + 1);
    }
}
