package org.peelrules.replay;

import java.util.List;

/**
 * Replay results as a JUnit XML report, the format CI systems read: one test suite per case, one test
 * case per area, a failure for an area that disagrees, an error for a case that cannot be replayed. No
 * timestamps or timings, so the same results give the same bytes.
 */
public final class JUnitXml {
    private JUnitXml() {
    }

    public static String render(List<CaseResult> results) {
        int tests = 0;
        int failures = 0;
        int errors = 0;
        StringBuilder suites = new StringBuilder();
        for (CaseResult c : results) {
            String suite = "replay." + c.name();
            if (c.error() != null) {
                tests++;
                errors++;
                suites.append("  <testsuite name=\"").append(attr(suite)).append("\" tests=\"1\" failures=\"0\" "
                        + "errors=\"1\">\n");
                suites.append("    <testcase classname=\"").append(attr(suite)).append("\" name=\"case\">\n");
                suites.append("      <error message=\"").append(attr(firstLine(c.error()))).append("\">")
                        .append(text(c.error())).append("</error>\n");
                suites.append("    </testcase>\n  </testsuite>\n");
                continue;
            }
            long failed = c.areas().stream().filter(a -> !a.agrees()).count();
            tests += c.areas().size();
            failures += (int) failed;
            suites.append("  <testsuite name=\"").append(attr(suite)).append("\" tests=\"").append(c.areas().size())
                    .append("\" failures=\"").append(failed).append("\" errors=\"0\">\n");
            for (AreaResult a : c.areas()) {
                suites.append("    <testcase classname=\"").append(attr(suite)).append("\" name=\"")
                        .append(attr(a.area())).append('"');
                if (a.agrees()) {
                    suites.append("/>\n");
                } else {
                    String why = ReplayText.describe(a);
                    suites.append(">\n      <failure message=\"").append(attr(why)).append("\">").append(text(why))
                            .append("</failure>\n    </testcase>\n");
                }
            }
            suites.append("  </testsuite>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"peel replay\" tests=\"" + tests
                + "\" failures=\"" + failures + "\" errors=\"" + errors + "\">\n" + suites + "</testsuites>\n";
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("");
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;");
    }

    /** Escapes markup, and drops characters XML 1.0 cannot carry at all. */
    private static String text(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (c == '\n' || c == '\t' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                            && (c < 0xD800 || c > 0xDFFF))) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
