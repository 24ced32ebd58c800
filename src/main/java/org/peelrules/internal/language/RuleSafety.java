package org.peelrules.internal.language;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peelrules.errors.Problem;

/**
 * Keeps rule files inside the evaluation: a rule may read facts and insert facts, never reach the file
 * system, the network, the process, threads, reflection or the engine itself. Checked on the DRL text
 * before anything is compiled, both when a rule set is loaded and when it is checked.
 *
 * <p>The check reads code the way the Java and MVEL lexers do (comments and string contents are not
 * code) and then applies three rules, documented for policy teams in docs/authoring-rules.md:
 * <ul>
 *   <li>a qualified name ({@code java.io.File}, {@code import java.nio.file.*}) may only name the
 *       rule vocabulary ({@code org.peelrules.rules}, {@code org.peelrules.evidence} and the value types
 *       of {@code org.peelrules.judgment}), {@code java.util}, {@code java.time}, {@code java.math}, {@code java.lang}
 *       (less what follows) or the file's own package;</li>
 *   <li>names that reach outside ({@code System}, {@code Runtime}, {@code Thread}, {@code Class},
 *       {@code getClass}, {@code .class}, the engine's {@code drools} and {@code kcontext}, ...) are
 *       refused wherever they appear in code, however they were imported;</li>
 *   <li>no globals (the library provides none), no {@code \\u} escapes (the Java compiler decodes them
 *       before anything else, so they could hide code inside a comment), and no package of the JDK,
 *       the engine or this library as the file's own package.</li>
 * </ul>
 * The check errs on the side of refusing: a refused name is reported even where it would be harmless.
 * It gives early, plain messages; the authority is the engine's compiled-code check ({@code RuleBytecode}), which
 * checks what the compiled rules actually call against the allowlist in {@link RuleLanguage}.
 */
public final class RuleSafety {
    /** Packages whose every public type a rule may name. */
    static final Set<String> ALLOWED_PACKAGES = Set.of("java.util", "java.time", "java.math", "java.lang",
            "org.peelrules.rules", "org.peelrules.evidence");
    /** The value types of org.peelrules.judgment a rule may name; the rest (the judgment, its trace) may not. */
    static final Set<String> ALLOWED_LIBRARY_TYPES = Set.of("Status", "Grade", "Outcome", "CharacteristicAssessment",
            "CauseOfConcern", "AreaForImprovement", "InnovativePractice", "NationalRecommendationNotMet",
            "Recommendation", "Finding", "ShortfallNoted", "AreaTally");
    /** Names refused anywhere in code: they reach the process, threads, reflection or the engine. */
    static final Set<String> FORBIDDEN_NAMES = Set.of("System", "Runtime", "Process", "ProcessBuilder",
            "ProcessHandle", "Thread", "ThreadGroup", "ThreadLocal", "InheritableThreadLocal", "ClassLoader", "Class",
            "ClassValue", "Package", "Module", "ModuleLayer", "StackWalker", "SecurityManager", "Compiler",
            "ServiceLoader", "Timer", "getClass", "forName", "getDeclaredMethod", "getDeclaredMethods",
            "getDeclaredField", "getDeclaredFields", "getDeclaredConstructor", "getDeclaredConstructors", "getMethod",
            "getMethods", "getField", "getFields", "getConstructor", "getConstructors", "setAccessible",
            "newInstance", "invoke", "exec", "exit", "halt", "synchronized", "drools", "kcontext");
    private static final Set<String> FORBIDDEN_OWN_PACKAGES = Set.of("java", "javax", "jdk", "sun", "com.sun",
            "org.drools", "org.kie", "org.mvel2", "org.peelrules");
    /** The package the bundled rule files use; policy teams' files may use it or any name of their own. */
    private static final String RULES_PACKAGE = "org.peelrules.ruleset";
    private static final String SEE = " (see docs/authoring-rules.md, \"The rule language\")";

    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$])[A-Za-z_]\\w*");
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w$.])([a-z_]\\w*(?:\\s*\\.\\s*[a-z_]\\w*)*)\\s*\\.\\s*([A-Z]\\w*|\\*)");
    private static final Pattern CLASS_LITERAL = Pattern.compile("\\.\\s*class\\b");
    private static final Pattern GLOBAL = Pattern.compile("(?<![\\w$.-])global\\b");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u");
    private static final Pattern DIALECT = Pattern.compile("(?<![\\w$.-])dialect\\s+\"");

    private RuleSafety() {
    }

    static void check(Map<String, byte[]> drl, List<Problem> problems) {
        drl.forEach((file, bytes) -> check(new DrlText(file, new String(bytes, StandardCharsets.UTF_8)), problems));
    }

    public static void check(DrlText drl, List<Problem> problems) {
        Matcher escape = UNICODE_ESCAPE.matcher(drl.text);
        while (escape.find()) {
            problems.add(new Problem(drl.position(escape.start()).toString(), "\\u escapes are not allowed in a rule "
                    + "file, not even in comments: write the character itself" + SEE));
        }
        String code = drl.code;
        Matcher pkg = PACKAGE.matcher(code);
        String ownPackage = pkg.find() ? pkg.group(1) : "";
        if (!ownPackage.isEmpty()) {
            if (!within(ownPackage, RULES_PACKAGE) && FORBIDDEN_OWN_PACKAGES.stream().anyMatch(p -> within(ownPackage, p))) {
                problems.add(new Problem(drl.position(pkg.start(1)).toString(), "package " + ownPackage
                        + " belongs to the JDK, the engine or this library: name the rules' own package, such as "
                        + "org.peelrules.ruleset" + SEE));
            }
        }
        boolean[] reported = new boolean[code.length()];
        Matcher q = QUALIFIED.matcher(code);
        while (q.find()) {
            String packageName = q.group(1).replaceAll("\\s+", "");
            String type = q.group(2);
            if (!allowed(packageName, type, ownPackage)) {
                problems.add(new Problem(drl.position(q.start()).toString(), "\"" + packageName + "." + type
                        + "\" is outside the rule language: rules may use the rule vocabulary, java.util, java.time, "
                        + "java.math and java.lang, and may only read and insert facts" + SEE));
                Arrays.fill(reported, q.start(), q.end(), true);
            }
        }
        Matcher id = IDENTIFIER.matcher(code);
        while (id.find()) {
            if (FORBIDDEN_NAMES.contains(id.group()) && !reported[id.start()]) {
                problems.add(new Problem(drl.position(id.start()).toString(), "\"" + id.group()
                        + "\" is not allowed in a rule file: rules may only read and insert facts, never reach the "
                        + "process, threads, reflection or the engine" + SEE));
            }
        }
        Matcher literal = CLASS_LITERAL.matcher(code);
        while (literal.find()) {
            problems.add(new Problem(drl.position(literal.start()).toString(),
                    "\".class\" is not allowed in a rule file: it leads to reflection" + SEE));
        }
        Matcher dialect = DIALECT.matcher(code);
        while (dialect.find()) {
            // String contents are blanked in the code: the dialect's name is read from the text.
            if (drl.text.startsWith("java\"", dialect.end())) {
                continue;
            }
            problems.add(new Problem(drl.position(dialect.start()).toString(), "only the java dialect is allowed in a "
                    + "rule file: another dialect is interpreted, so what its code does cannot be checked" + SEE));
        }
        Matcher global = GLOBAL.matcher(code);
        while (global.find()) {
            problems.add(new Problem(drl.position(global.start()).toString(),
                    "globals are not allowed in a rule file: the library provides none; read facts such as Standard "
                            + "instead" + SEE));
        }
    }

    private static boolean within(String name, String pkg) {
        return name.equals(pkg) || name.startsWith(pkg + ".");
    }

    private static boolean allowed(String packageName, String type, String ownPackage) {
        if (!ownPackage.isEmpty() && within(packageName, ownPackage)) {
            return true;
        }
        if (packageName.equals("org.peelrules.judgment")) {
            return ALLOWED_LIBRARY_TYPES.contains(type);
        }
        return ALLOWED_PACKAGES.contains(packageName) && !FORBIDDEN_NAMES.contains(type);
    }
}
