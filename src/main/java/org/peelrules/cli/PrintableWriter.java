package org.peelrules.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.peelrules.text.Printable;

/**
 * Everything the command line prints, made {@link Printable} on its way out: reports, file names from a folder
 * listing and error messages quoting a submission all end up on a terminal, and a control character in any of
 * them must be shown, not obeyed. JSON output passes unchanged in meaning: the escapes are JSON's own.
 */
final class PrintableWriter extends FilterWriter {
    private PrintableWriter(Writer out) {
        super(out);
    }

    static PrintWriter around(PrintWriter out) {
        return new PrintWriter(new PrintableWriter(out), true);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(Printable.of(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        out.write(Printable.of(new String(chars, offset, length)));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(Printable.of(text.substring(offset, offset + length)));
    }
}
