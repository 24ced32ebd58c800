package org.peelrules.internal.engine;

import org.peelrules.errors.Problem;
import org.peelrules.internal.language.DrlText;
import org.peelrules.internal.json.Suggest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the rule compiler's errors into sentences a policy team can act on, each at the place in the rule file
 * it is about, with "did you mean" where a near name exists: {@code areas/x.drl:12:20: Signal has no method
 * "partlymet" (did you mean "partlyMet"?)}.
 *
 * <p>Two mistakes are found in the text before the compiler's messages are read, since the parser reports them
 * only as their consequences somewhere further on: a rule without {@code end} (the parser complains about the
 * next rule, or the end of the file) and a curly quote pasted from a word processor (an "input ''" nobody can
 * see). Where either is found in a file, the parser's own messages for that file are left out. Every other
 * problem in the file is still listed. A message not recognised here keeps its own words, after the place.
 */
final class DrlProblems {
    private static final Pattern LINE_COLUMN = Pattern.compile("\\[?Line (\\d+):(\\d+)\\]?");
    private static final Pattern PARSER = Pattern.compile("^\\[ERR (\\d+)\\]\\s*(?:Line \\d+:\\d+\\s*)?(.*)$");
    private static final Pattern UNRESOLVED_FIELD = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile(
            "The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "The method (\\w+)\\([^)]*\\) in the type (\\w+) is not applicable for the arguments \\(([^)]*)\\)");
    private static final Pattern UNRESOLVED_VARIABLE = Pattern.compile("(\\$?\\w+) cannot be resolved(?: to a variable)?$");
    private static final Pattern UNRESOLVED_TYPE = Pattern.compile(
            "(?:Unable to resolve ObjectType '([\\w.]+)'|([\\w.]+) cannot be resolved to a type)");
    private static final Pattern EOF_IN_RULE = Pattern.compile("mismatched input '<eof>' in rule \"([^\"]*)\"");
    private static final Pattern MISMATCHED = Pattern.compile(
            "mismatched input '(.*?)'(?: expecting (.*?))?(?: in rule \"([^\"]*)\")?$");
    private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*?)'(?: in rule \"([^\"]*)\")?");
    private static final Pattern BINDING = Pattern.compile("(\\$\\w+)\\s*:");
    private static final Map<Character, String> CURLY = Map.of('\u2018', "'", '\u2019', "'", '\u201C', "\"",
            '\u201D', "\"");
    /** The packages whose types a rule reads and writes: its facts and the values they carry. */
    private static final List<String> PACKAGES = List.of("org.peelrules.rules", "org.peelrules.evidence",
            "org.peelrules");

    private DrlProblems() {
    }

    /**
     * One error as the rule compiler reports it, before it is put in words.
     *
     * @param message the compiler's message, as it says it; null is read as empty
     * @param file    the rule file's path in the rule set, or null when the error names no file
     * @param line    the line the compiler names, or 0 when it names none (the message may still hold one)
     */
    record CompilerError(String message, String file, int line) {
        /**
         * Reads a message the compiler left out as empty: an error with nothing to say is still listed.
         *
         * @param message the compiler's message, or null
         * @param file    the rule file, or null
         * @param line    the line, or 0
         */
        CompilerError {
            message = message == null ? "" : message;
        }
    }

    /** Every compiler error, and the mistakes behind them, as problems at their file, line and column. */
    static List<Problem> of(List<CompilerError> errors, Map<String, DrlText> texts, String label) {
        List<Problem> problems = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        texts.forEach((file, text) -> {
            int before = problems.size();
            unclosedRules(text, problems);
            curlyQuotes(text, problems);
            if (problems.size() > before) {
                unreadable.add(file);
            }
        });
        Map<String, Set<String>> unknownTypes = new HashMap<>();
        List<Located> located = new ArrayList<>();
        for (CompilerError error : errors) {
            String message = error.message().strip().replaceAll("\\s+", " ");
            if (message.startsWith("Parser returned a null Package")) {
                continue;
            }
            String file = error.file() != null ? error.file() : label;
            int line = error.line();
            int column = 0;
            Matcher m = LINE_COLUMN.matcher(message);
            if (m.find()) {
                line = line > 0 ? line : Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2));
            }
            if (unreadable.contains(file) && message.startsWith("[ERR")) {
                continue; // a consequence of the unclosed rule or the curly quote already reported
            }
            Matcher type = UNRESOLVED_TYPE.matcher(message);
            if (type.find()) {
                unknownTypes.computeIfAbsent(file, f -> new HashSet<>())
                        .add(type.group(1) != null ? type.group(1) : type.group(2));
            }
            // The parser counts columns from 0; editors and every other location here count from 1.
            located.add(new Located(file, Math.max(line, 1), column + 1, message));
        }
        for (Located l : located) {
            Matcher variable = UNRESOLVED_VARIABLE.matcher(l.message());
            if (variable.find() && boundToUnknownType(texts.get(l.file()), variable.group(1),
                    unknownTypes.getOrDefault(l.file(), Set.of()))) {
                continue; // a name bound to a pattern of an unknown type: the type is the mistake
            }
            problems.add(plain(texts.get(l.file()), l.file(), l.line(), l.column(), l.message()));
        }
        return problems;
    }

    private record Located(String file, int line, int column, String message) {
    }

    /** Whether the rule file binds {@code name} to a pattern of one of {@code types} ({@code $m : Metrik( ... )}). */
    private static boolean boundToUnknownType(DrlText text, String name, Set<String> types) {
        if (text == null || types.isEmpty()) {
            return false;
        }
        Matcher m = Pattern.compile(Pattern.quote(name) + "\\s*:\\s*([\\w.]+)\\s*\\(").matcher(text.code);
        while (m.find()) {
            if (types.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** A rule whose {@code end} is missing runs on into the next rule, or to the end of the file. */
    private static void unclosedRules(DrlText text, List<Problem> problems) {
        List<DrlText.Rule> rules = text.rules();
        Matcher end = Pattern.compile("(?m)^[ \\t]*end\\b").matcher(text.code);
        for (int i = 0; i < rules.size(); i++) {
            DrlText.Rule r = rules.get(i);
            int next = i + 1 < rules.size() ? rules.get(i + 1).start() : text.code.length();
            if (!end.region(r.start(), next).find()) {
                problems.add(new Problem(r.at().toString(), "rule \"" + r.name() + "\" is not closed: add `end` after "
                        + "its `then` part" + (i + 1 < rules.size() ? ", before rule \"" + rules.get(i + 1).name() + "\""
                        : "")));
            }
        }
    }

    /** Curly quotes (as word processors type them) outside comments and strings: one problem per line. */
    private static void curlyQuotes(DrlText text, List<Problem> problems) {
        int lastLine = 0;
        for (int i = 0; i < text.code.length(); i++) {
            String straight = CURLY.get(text.code.charAt(i));
            if (straight != null) {
                DrlText.Position at = text.position(i);
                if (at.line() != lastLine) {
                    problems.add(new Problem(at.toString(), "uses a curly quote " + text.code.charAt(i)
                            + " (as a word processor types it): use the straight quote " + straight + " instead"));
                    lastLine = at.line();
                }
            }
        }
    }

    /**
     * One compiler message in words, placed on the name it is about where the message names one: the engine
     * reports a constraint's error at the rule's pattern and a consequence's error at the rule's header.
     */
    private static Problem plain(DrlText text, String file, int line, int column, String message) {
        String where = file + ":" + line + ":" + column;
        Matcher field = UNRESOLVED_FIELD.matcher(message);
        if (field.find()) {
            String type = field.group(1).substring(field.group(1).lastIndexOf('.') + 1);
            return new Problem(at(text, line, "\\b" + Pattern.quote(field.group(2)) + "\\b", where), type
                    + " has no field \"" + field.group(2) + "\"" + Suggest.from(field.group(2), fieldsOf(field.group(1))));
        }
        Matcher method = UNDEFINED_METHOD.matcher(message);
        if (method.find()) {
            return new Problem(at(text, line, "\\b" + Pattern.quote(method.group(1)) + "\\s*\\(", where),
                    undefinedMethod(method.group(1), method.group(2), method.group(3)));
        }
        Matcher notApplicable = NOT_APPLICABLE.matcher(message);
        if (notApplicable.find()) {
            return new Problem(at(text, line, "\\b" + Pattern.quote(notApplicable.group(1)) + "\\s*\\(", where),
                    undefinedMethod(notApplicable.group(1), notApplicable.group(3), notApplicable.group(2)));
        }
        Matcher type = UNRESOLVED_TYPE.matcher(message);
        if (type.find()) {
            String name = type.group(1) != null ? type.group(1) : type.group(2);
            return new Problem(at(text, line, "\\b" + Pattern.quote(name) + "\\b", where), "there is no fact type \""
                    + name + "\"" + Suggest.from(name, typeNames()));
        }
        Matcher variable = UNRESOLVED_VARIABLE.matcher(message);
        if (variable.find()) {
            String name = variable.group(1);
            String place = at(text, line, (name.startsWith("$") ? "" : "\\b") + Pattern.quote(name) + "\\b", where);
            if (name.startsWith("$")) {
                Set<String> bound = bindings(text, line);
                bound.remove(name);
                return new Problem(place, name + " is not bound in this rule" + Suggest.from(name, bound));
            }
            return new Problem(place, "\"" + name + "\" is not a name the rule language knows"
                    + Suggest.from(name, typeNames()));
        }
        Matcher parser = PARSER.matcher(message);
        if (parser.matches()) {
            return new Problem(where, parserProblem(parser.group(2)));
        }
        return new Problem(where, "the rule compiler reports: "
                + message.replaceFirst("^Rule Compilation error\\s*", ""));
    }

    private static String parserProblem(String message) {
        Matcher eof = EOF_IN_RULE.matcher(message);
        if (eof.find()) {
            return "the file ends inside rule \"" + eof.group(1) + "\": add `end` after its `then` part";
        }
        Matcher noViable = NO_VIABLE.matcher(message);
        if (noViable.find()) {
            return (noViable.group(1).isEmpty() ? "the rule language cannot read this line from here"
                    : "the rule language cannot read \"" + noViable.group(1) + "\" here")
                    + ": check the brackets, commas and quotes before it" + inRule(noViable.group(2));
        }
        Matcher mismatched = MISMATCHED.matcher(message);
        if (mismatched.find() && (mismatched.group(1).equals("then") || mismatched.group(1).equals("end"))) {
            return "\"" + mismatched.group(1) + "\" comes before what is above it is finished: check that every "
                    + "bracket ( is closed by ) and every quote \" by another" + inRule(mismatched.group(3));
        }
        if (mismatched.find(0)) {
            return "\"" + mismatched.group(1) + "\" is not expected here" + (mismatched.group(2) == null ? ""
                    : "; expected " + mismatched.group(2).replace('\'', '"')) + inRule(mismatched.group(3));
        }
        return "the rule language cannot read this: " + message;
    }

    private static String inRule(String rule) {
        return rule == null ? "" : " (in rule \"" + rule + "\")";
    }

    private static String at(DrlText text, int line, String regex, String fallback) {
        DrlText.Position at = text == null ? null : text.find(line, regex);
        return at != null ? at.toString() : fallback;
    }

    /** A method a type does not have, or does not have for these arguments, with the ones it has. */
    private static String undefinedMethod(String name, String arguments, String typeName) {
        Class<?> type = type(typeName);
        if (type == null) {
            return typeName + " has no method \"" + name + "\" taking (" + arguments + ")";
        }
        List<Method> methods = Stream.of(type.getMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> m.getDeclaringClass() != Object.class).toList();
        List<String> sameName = methods.stream().filter(m -> m.getName().equals(name))
                .map(m -> "(" + Stream.of(m.getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(", ")) + ")")
                .distinct().sorted().toList();
        if (!sameName.isEmpty()) {
            return typeName + "." + name + " does not take (" + arguments + "); it takes " + String.join(" or ", sameName);
        }
        Set<String> names = methods.stream().map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        return typeName + " has no method \"" + name + "\"" + Suggest.from(name, names);
    }

    /** The {@code $names} bound in the rule that holds {@code line}. */
    private static Set<String> bindings(DrlText text, int line) {
        Set<String> names = new TreeSet<>();
        if (text == null) {
            return names;
        }
        for (DrlText.Rule r : text.rules()) {
            if (r.at().line() <= line && text.position(r.end() == 0 ? 0 : r.end() - 1).line() >= line) {
                Matcher m = BINDING.matcher(text.code).region(r.start(), r.end());
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private static Class<?> type(String simpleName) {
        for (String p : PACKAGES) {
            try {
                return Class.forName(p + "." + simpleName, false, DrlProblems.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // try the next package
            }
        }
        return null;
    }

    /** The fields a rule can read on one of the library's fact types, for "did you mean". */
    private static List<String> fieldsOf(String className) {
        if (!className.startsWith("org.peelrules.")) {
            return List.of();
        }
        try {
            Class<?> type = Class.forName(className, false, DrlProblems.class.getClassLoader());
            if (type.isRecord()) {
                return Stream.of(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
            }
            return List.of();
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
    }

    /** The simple names of the public types in the fact packages, read from the class path (folder or jar). */
    private static Set<String> typeNames() {
        Set<String> names = new TreeSet<>();
        for (String p : PACKAGES) {
            String folder = p.replace('.', '/') + "/";
            try {
                for (URL url : Collections.list(DrlProblems.class.getClassLoader().getResources(folder))) {
                    if (url.getProtocol().equals("jar")) {
                        JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
                        jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(folder))
                                .map(n -> n.substring(folder.length())).forEach(n -> addType(n, names));
                    } else if (url.getProtocol().equals("file")) {
                        try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
                            list.map(f -> f.getFileName().toString()).forEach(n -> addType(n, names));
                        }
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // no suggestion is better than a failure while describing another
            }
        }
        return names;
    }

    private static void addType(String entry, Set<String> names) {
        if (entry.endsWith(".class") && !entry.contains("/") && !entry.contains("$")
                && !entry.equals("package-info.class")) {
            names.add(entry.substring(0, entry.length() - ".class".length()));
        }
    }
}
