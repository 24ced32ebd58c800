package org.peelrules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peelrules.text.Printable;

class PrintableTest {
    @Test
    void terminalEscapeSequencesAreWrittenAsTheirCodes() {
        assertThat(Printable.of("\u001b[31mred\u001b[0m")).isEqualTo("\\u001b[31mred\\u001b[0m");
        assertThat(Printable.of("title\u001b]0;owned\u0007")).isEqualTo("title\\u001b]0;owned\\u0007");
    }

    @Test
    void everyC0AndC1ControlButTabAndNewlineIsEscaped() {
        for (char c = 0; c < 0xa0; c++) {
            boolean control = c < 0x20 || c >= 0x7f;
            String printed = Printable.of("a" + c + "b");
            if (c == '\t' || c == '\n' || !control) {
                assertThat(printed).as("U+%04X", (int) c).isEqualTo("a" + c + "b");
            } else {
                assertThat(printed).as("U+%04X", (int) c).isEqualTo(String.format("a\\u%04xb", (int) c));
            }
        }
    }

    @Test
    void aCarriageReturnIsKeptOnlyAsPartOfALineBreak() {
        assertThat(Printable.of("one\r\ntwo")).isEqualTo("one\r\ntwo");
        assertThat(Printable.of("shown\rhidden")).isEqualTo("shown\\u000dhidden");
        assertThat(Printable.of("ends\r")).isEqualTo("ends\\u000d");
    }

    @Test
    void bidirectionalOverridesAndLoneSurrogatesAreEscapedButWholePairsAreNot() {
        assertThat(Printable.of("abc\u202edef\u2066")).isEqualTo("abc\\u202edef\\u2066");
        assertThat(Printable.of("half \ud800 pair")).isEqualTo("half \\ud800 pair");
        assertThat(Printable.of("reversed \ude00\ud83d")).isEqualTo("reversed \\ude00\\ud83d");
        assertThat(Printable.of("whole \ud83d\ude00 pair")).isEqualTo("whole \ud83d\ude00 pair");
    }

    @Test
    void printableTextComesBackUnchangedSoEscapingTwiceChangesNothing() {
        String text = "Avon and Somerset — 95% of calls\tanswered\nwithin 10 s; a\\u001b backslash stays";
        assertThat(Printable.of(text)).isSameAs(text);
        String once = Printable.of("\u001b[31m\u0085\u202e\ud800");
        assertThat(Printable.of(once)).isEqualTo(once);
    }
}
