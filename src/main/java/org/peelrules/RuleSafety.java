package org.peelrules;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps rule files inside the evaluation: a rule may read facts and insert facts, never reach the file
 * system, the network, the process, threads or reflection. Checked on the DRL text before it is compiled.
 */
final class RuleSafety {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(java\\.io|java\\.nio|java\\.net|java\\.lang\\.reflect|java\\.lang\\.invoke|java\\.util\\.concurrent"
                    + "|javax\\.|sun\\.|jdk\\.|System|Runtime|ProcessBuilder|Thread|ClassLoader|Class\\.forName"
                    + "|getClass|exec|exit)\\b");
    private static final Pattern GLOBAL = Pattern.compile("^\\s*global\\s", Pattern.MULTILINE);

    private RuleSafety() {
    }

    static void check(Map<String, byte[]> drl, List<Problem> problems) {
        drl.forEach((file, bytes) -> {
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String code = stripComment(lines[i]);
                Matcher m = FORBIDDEN.matcher(code);
                if (m.find()) {
                    problems.add(new Problem(file + ":" + (i + 1) + ":" + (m.start() + 1),
                            "\"" + m.group(1) + "\" is not allowed in a rule file: rules may only read and insert facts"));
                }
                if (GLOBAL.matcher(code).find()) {
                    problems.add(new Problem(file + ":" + (i + 1) + ":1",
                            "globals are not allowed in a rule file: use facts such as Standard instead"));
                }
            }
        });
    }

    /** Drops a // comment and the contents of string literals, so that prose cannot trip the check. */
    private static String stripComment(String line) {
        String noStrings = line.replaceAll("\"([^\"\\\\]|\\\\.)*\"", "\"\"");
        int comment = noStrings.indexOf("//");
        return comment >= 0 ? noStrings.substring(0, comment) : noStrings;
    }
}
