package org.peelrules.internal.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A rule file read as text, without compiling it: where its rules, metadata and references are, by line
 * and column. The safety check, the loader's locations and the lint all read rule files through it, so
 * that they agree on what is code and what is a comment or a string.
 */
public final class DrlText {
    private static final Pattern RULE_HEADER = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(\"[^\"\\n]*\"|'[^'\\n]*'|[A-Za-z_]\\w*)");
    private static final Pattern RULE_END = Pattern.compile("(?m)^[ \\t]*end\\b");
    private static final Pattern ID = Pattern.compile("@id\\s*\\(\\s*(\"[^\"\\n]*\")");
    private static final Pattern CHARACTERISTICS = Pattern.compile("@characteristics\\s*\\(\\s*(\"[^\"\\n]*\")");
    private static final Pattern AGENDA_GROUP = Pattern.compile("agenda-group\\s+(\"[^\"\\n]*\")");
    private static final Pattern STANDARD = Pattern.compile("\\bStandard\\s*\\(\\s*id\\s*==\\s*(\"[^\"\\n]*\")");
    private static final Pattern MEASURE = Pattern.compile(
            "(?:\\bmeasure\\s*==\\s*|\\bMeasure\\s*\\(\\s*id\\s*==\\s*)(\"[^\"\\n]*\")");

    /** A {@code Signal} factory whose first argument, the characteristic, is written as a literal. */
    private static final Pattern SIGNAL = Pattern.compile("\\bSignal\\s*\\.\\s*\\w+\\s*\\(\\s*(\"[^\"\\n]*\")");
    private static final Pattern STRING = Pattern.compile("(\"[^\"\\n]*\")");

    public final String file;
    final String text;
    /** The text with comments blanked and string contents blanked (quotes kept), offsets unchanged. */
    public final String code;
    private final int[] lineStarts;

    public DrlText(String file, String text) {
        this.file = file;
        this.text = text;
        this.code = mask(text);
        this.lineStarts = lineStarts(text);
    }

    /** A place in a rule file, 1-based, as {@code file:line:column}. */
    public record Position(String file, int line, int column) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column;
        }
    }

    /** A quoted value in the file (metadata, a standard or measure id) and where it starts. */
    public record Literal(String value, Position at, int offset) {
    }

    /**
     * One rule as written: its name and header position, its metadata and agenda group, and its extent.
     *
     * @param id              the {@code @id} value, or {@code null}
     * @param characteristics the {@code @characteristics} values, or {@code null} when there is none
     */
    public record Rule(String name, Position at, Literal id, Literal characteristics, String agendaGroup, int start, int end) {
        public List<String> characteristicIds() {
            return characteristics == null ? List.of() : Stream.of(characteristics.value().split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    public Position position(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new Position(file, line + 1, offset - lineStarts[line] + 1);
    }

    /**
     * The first match of {@code regex} in code from {@code line} on, within the rule that holds that line
     * (or the rest of the file when no rule does), or {@code null}.
     */
    public Position find(int line, String regex) {
        int from = lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1];
        int to = code.length();
        for (Rule r : rules()) {
            if (r.at().line() <= line && r.end() > from) {
                to = r.end();
            }
        }
        Matcher m = Pattern.compile(regex).matcher(code).region(from, to);
        return m.find() ? position(m.start()) : null;
    }

    /** Every rule in the file, in order. */
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        Matcher header = RULE_HEADER.matcher(code);
        while (header.find()) {
            int start = header.start(1);
            Matcher end = RULE_END.matcher(code);
            int stop = end.find(header.end()) ? end.end() : code.length();
            String name = unquote(text.substring(header.start(1), header.end(1)));
            String block = code.substring(0, stop);
            rules.add(new Rule(name, position(start), literal(ID, block, header.end()),
                    literal(CHARACTERISTICS, block, header.end()),
                    value(literal(AGENDA_GROUP, block, header.end())), start, stop));
        }
        return rules;
    }

    /** The standard ids the file's patterns read ({@code Standard( id == "..." )}). */
    public List<Literal> standardsRead() {
        return literals(STANDARD);
    }

    /** The measure ids the file's patterns read ({@code measure == "..."}, {@code Measure( id == "..." )}). */
    public List<Literal> measuresRead() {
        return literals(MEASURE);
    }

    /** The characteristics named in the file's signals ({@code Signal.met( "4.1.6", $m )}). */
    public List<Literal> signalsNamed() {
        return literals(SIGNAL);
    }

    /** A rule's own text without its comments, spacing made uniform: two rules alike here decide alike. */
    public String source(Rule rule) {
        return mask(text, false).substring(rule.start(), rule.end()).strip().replaceAll("\\s+", " ");
    }

    /** Every double-quoted string in the file's code (not in comments), such as ids a rule compares with. */
    public List<Literal> strings() {
        return literals(STRING);
    }

    private List<Literal> literals(Pattern pattern) {
        List<Literal> found = new ArrayList<>();
        Matcher m = pattern.matcher(code);
        while (m.find()) {
            found.add(new Literal(unquote(text.substring(m.start(1), m.end(1))), position(m.start(1) + 1),
                    m.start(1) + 1));
        }
        return found;
    }

    private Literal literal(Pattern pattern, String block, int from) {
        Matcher m = pattern.matcher(block);
        return m.find(from) ? new Literal(unquote(text.substring(m.start(1), m.end(1))), position(m.start(1) + 1),
                m.start(1) + 1) : null;
    }

    private static String value(Literal l) {
        return l == null ? null : l.value();
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') ? s.substring(1, s.length() - 1) : s;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Blanks comments and the contents of string and character literals, keeping every offset and line
     * break, the way the Java and MVEL lexers read them. A string left open at the end of a line ends
     * there, so an unbalanced quote can hide at most the rest of its own line, never code below it.
     */
    static String mask(String text) {
        return mask(text, true);
    }

    /** Blanks comments, and string contents when {@code strings} is set. */
    private static String mask(String text, boolean strings) {
        char[] out = text.toCharArray();
        int i = 0;
        int n = out.length;
        while (i < n) {
            char c = out[i];
            if (c == '/' && i + 1 < n && out[i + 1] == '/') {
                while (i < n && out[i] != '\n') {
                    out[i++] = ' ';
                }
            } else if (c == '/' && i + 1 < n && out[i + 1] == '*') {
                int close = text.indexOf("*/", i + 2);
                int stop = close < 0 ? n : close + 2;
                for (; i < stop; i++) {
                    if (out[i] != '\n') {
                        out[i] = ' ';
                    }
                }
            } else if (c == '"' && text.startsWith("\"\"\"", i)) {
                i = blankUntil(out, text, i + 3, "\"\"\"", true, strings);
            } else if (c == '"' || c == '\'') {
                i = blankUntil(out, text, i + 1, String.valueOf(c), false, strings);
            } else {
                i++;
            }
        }
        return new String(out);
    }

    /** Blanks a literal's contents from {@code from} to its closing delimiter, which it keeps. */
    private static int blankUntil(char[] out, String text, int from, String close, boolean multiline,
                                  boolean blank) {
        int i = from;
        while (i < out.length) {
            if (text.startsWith(close, i)) {
                return i + close.length();
            }
            if (out[i] == '\n') {
                if (!multiline) {
                    return i;
                }
                i++;
                continue;
            }
            if (out[i] == '\\' && i + 1 < out.length && out[i + 1] != '\n') {
                out[i] = blank ? ' ' : out[i];
                i++;
            }
            out[i] = blank ? ' ' : out[i];
            i++;
        }
        return i;
    }
}
