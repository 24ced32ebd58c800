package org.peelrules.text;

/**
 * Text from a submission made safe to print. A submission's text is data, but written to a terminal a control
 * character is an instruction: an escape sequence can recolour, hide or rewrite what was printed before it, and a
 * bidirectional override can make a line read differently from what it holds. So every text and Markdown output,
 * and every message the command line prints, passes through {@link #of}: each control character is written as
 * its code (<code>&#92;u001b</code>), which also reads correctly inside a JSON string.
 */
public final class Printable {
    private Printable() {
    }

    /**
     * The text with every control character written as <code>&#92;uXXXX</code>: the C0 controls except tab and
     * newline (a carriage return is kept only as part of a line break, {@code \r\n}), DEL, the C1 controls, the
     * bidirectional embeddings, overrides and isolates, the line and paragraph separators, and half of a surrogate
     * pair on its own (which would print as "?"). Other text,
     * backslashes included, is unchanged, so text already printable comes back the same.
     */
    public static String of(String text) {
        if (text == null || text.chars().noneMatch(c -> isControl(c) || Character.isSurrogate((char) c))) {
            return text;
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                s.append(c).append(text.charAt(++i));
            } else if ((isControl(c) && !lineBreak) || Character.isSurrogate(c)) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n')
                || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028 || c == 0x2029;
    }
}
