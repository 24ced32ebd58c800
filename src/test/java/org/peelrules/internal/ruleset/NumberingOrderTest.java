package org.peelrules.internal.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The framework's numbering order ("5.1.2" before "5.1.10"), computed without splitting, agrees with its statement. */
class NumberingOrderTest {

    @Property(tries = 2000, seed = "7")
    void agreesWithSplittingAtDots(@ForAll("numberings") String a, @ForAll("numberings") String b) {
        assertThat(Integer.signum(Catalogue.compareNumbering(a, b)))
                .as("%s against %s", a, b)
                .isEqualTo(Integer.signum(Catalogue.compareSplit(a, b)));
    }

    @Example
    void ordersSegmentsAsNumbers() {
        List<String> ids = List.of("5.1.10", "5.1.2", "5.1", "12.1.1", "2.2.2/2019", "2.2.2/2017", "5.1.2");
        assertThat(ids.stream().sorted(Catalogue.BY_NUMBERING).toList())
                .containsExactly("2.2.2/2017", "2.2.2/2019", "5.1", "5.1.2", "5.1.2", "5.1.10", "12.1.1");
    }

    @Provide
    Arbitrary<String> numberings() {
        // Mostly well-formed ids, with letters, empty segments, long numbers and trailing dots among them.
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 120).map(String::valueOf),
                Arbitraries.strings().withChars("0123456789ab/-").ofMinLength(0).ofMaxLength(12));
        return segment.list().ofMinSize(1).ofMaxSize(5).map(s -> String.join(".", s))
                .flatMap(s -> Arbitraries.of(s, s + ".", s + "." + s));
    }
}
