package org.peelrules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * Turns the rule compiler's errors into problems a policy team can act on, each at the place in the rule
 * file it is about.
 */
final class DrlProblems {
    private static final Pattern LINE_COLUMN = Pattern.compile("\\[?Line (\\d+):(\\d+)\\]?");
    private static final Pattern UNRESOLVED_FIELD = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\([^)]*\\) is undefined");
    private static final Pattern UNRESOLVED_NAME = Pattern.compile("(\\w+) cannot be resolved");

    /**
     * A compiler error, placed on the name it is about where the message names one: the engine reports a
     * constraint's error at the rule's pattern and a consequence's error at the rule's header.
     */
    private static Problem compileProblem(DrlText text, String file, int line, int column, String message) {
        Matcher field = UNRESOLVED_FIELD.matcher(message);
        if (field.find()) {
            DrlText.Position at = text == null ? null : text.find(line, "\\b" + Pattern.quote(field.group(2)) + "\\b");
            String type = field.group(1).substring(field.group(1).lastIndexOf('.') + 1);
            return new Problem(at != null ? at.toString() : file + ":" + line + ":" + column, type + " has no field \""
                    + field.group(2) + "\"" + Suggest.from(field.group(2), fieldsOf(field.group(1))));
        }
        Matcher method = UNDEFINED_METHOD.matcher(message);
        Matcher name = UNRESOLVED_NAME.matcher(message);
        String sought = method.find() ? "\\b" + Pattern.quote(method.group(1)) + "\\s*\\("
                : name.find() ? "\\b" + Pattern.quote(name.group(1)) + "\\b" : null;
        DrlText.Position at = sought == null || text == null ? null : text.find(line, sought);
        String plain = message.replaceFirst("^Rule Compilation error\\s*", "");
        return new Problem(at != null ? at.toString() : file + ":" + line + ":" + column, plain);
    }

    /** The fields a rule can read on one of the library's fact types, for "did you mean". */
    private static List<String> fieldsOf(String className) {
        if (!className.startsWith("org.peelrules.")) {
            return List.of();
        }
        try {
            Class<?> type = Class.forName(className, false, RuleSetLoader.class.getClassLoader());
            if (type.isRecord()) {
                return Stream.of(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
            }
            return List.of();
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
    }


    private DrlProblems() {
    }

    /** Every compiler error, as a problem at its file, line and column. */
    static List<Problem> of(Iterable<? extends KnowledgeBuilderResult> errors, Map<String, DrlText> texts, String label) {
        List<Problem> problems = new ArrayList<>();
        for (KnowledgeBuilderResult error : errors) {
            String message = error.getMessage() == null ? "" : error.getMessage().strip();
            if (message.startsWith("Parser returned a null Package")) {
                continue;
            }
            String file = error.getResource() != null && error.getResource().getSourcePath() != null
                    ? error.getResource().getSourcePath() : label;
            int line = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
            int column = 0;
            Matcher m = LINE_COLUMN.matcher(message);
            if (m.find()) {
                line = line > 0 ? line : Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2));
            }
            // The parser counts columns from 0; editors and every other location here count from 1.
            problems.add(compileProblem(texts.get(file), file, Math.max(line, 1), column + 1,
                    message.replaceAll("\\s+", " ")));
        }
        return problems;
    }
}
