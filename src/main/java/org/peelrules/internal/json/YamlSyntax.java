package org.peelrules.internal.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML syntax error in words a policy team can act on, at the place the mistake is. The parser describes its
 * own state ("while parsing a block collection ... expected &lt;block end&gt;, but found ..."), and Jackson's
 * location for it is often a line early; this reads the parser's message and says what is wrong with the file.
 */
public final class YamlSyntax {
    /** Where the parser's message places a line of it: " in 'reader', line 4, column 4:". */
    private static final Pattern MARK = Pattern.compile(" in '[^']*', line (\\d+), column (\\d+):");

    private YamlSyntax() {
    }

    /**
     * A syntax error found in a YAML file.
     *
     * @param line   the line of the mistake, from 1
     * @param column its column, from 1
     * @param words  what is wrong, in words
     */
    public record Error(int line, int column, String words) {
    }

    /** One statement of the parser's message, with the place it names, if any. */
    private record Said(String text, int line, int column) {
        boolean placed() {
            return line > 0;
        }
    }

    /**
     * Reads a YAML parser's message.
     *
     * @param parserMessage the message of the parser's exception (Jackson's original message)
     * @return the error in words, or empty when the message is not a YAML parser's
     */
    public static Optional<Error> of(String parserMessage) {
        return of(parserMessage, 0, 0);
    }

    /**
     * Reads a YAML parser's message, knowing where the last token read was: a file that ends too soon is placed
     * there, not at its end.
     *
     * @param parserMessage the message of the parser's exception (Jackson's original message)
     * @param lastLine      the line of the last token read, from 1; 0 when not known
     * @param lastColumn    its column
     * @return the error in words, or empty when the message is not a YAML parser's
     */
    public static Optional<Error> of(String parserMessage, int lastLine, int lastColumn) {
        if (parserMessage == null) {
            return Optional.empty();
        }
        // The message is a problem, after the context it arose in when there is one, each statement at column 0
        // and followed by its place, the line it quotes and a caret.
        List<Said> said = new ArrayList<>();
        for (String line : parserMessage.lines().toList()) {
            Matcher m = MARK.matcher(line);
            if (m.matches() && !said.isEmpty() && !said.get(said.size() - 1).placed()) {
                Said last = said.remove(said.size() - 1);
                said.add(new Said(last.text(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } else if (!line.isBlank() && !line.startsWith(" ")) {
                said.add(new Said(line.strip(), 0, 0));
            }
        }
        if (said.isEmpty() || said.stream().noneMatch(Said::placed)) {
            return Optional.empty();
        }
        Said problem = said.get(said.size() - 1);
        Said context = said.size() > 1 ? said.get(0) : null;
        Said found = problem.placed() ? problem : context;
        Said opened = context != null && context.placed() ? context : found;
        String p = problem.text();
        if (p.contains("'<stream end>'")) {
            Said last = lastLine > 0 ? new Said(p, lastLine, lastColumn) : found;
            return error(last, "the file ends before a list or map opened with \"[\" or \"{\" is closed");
        }
        if (p.startsWith("expected <block end>")) {
            return error(found, "this line is not indented like the entries of the list or map it belongs to"
                    + (opened != found ? " (the one that begins at line " + opened.line() + ")" : ""));
        }
        if (p.contains("cannot start any token") && p.contains("TAB")) {
            return error(found, "a tab character: indent with spaces only");
        }
        if (p.startsWith("found unexpected end of stream") && context != null && context.text().contains("quoted")) {
            return error(opened, "a quotation mark opened here is never closed");
        }
        if (p.startsWith("mapping values are not allowed")) {
            return error(found, "a colon and a space inside a value: put the value in quotes");
        }
        if (p.startsWith("could not find expected ':'")) {
            return error(opened, "a line without the colon that separates a name from its value");
        }
        if (p.startsWith("expected ',' or ']'")) {
            return error(opened, "a list opened here with \"[\" is not closed with \"]\"");
        }
        if (p.startsWith("expected ',' or '}'")) {
            return error(opened, "a map opened here with \"{\" is not closed with \"}\"");
        }
        return error(found, p + (context != null ? " (" + context.text() + ")" : ""));
    }

    private static Optional<Error> error(Said at, String words) {
        return Optional.of(new Error(at.line(), at.column(), words));
    }
}
