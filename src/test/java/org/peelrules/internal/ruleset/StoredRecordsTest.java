package org.peelrules.internal.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peelrules.RuleSet;
import org.peelrules.TestRules;

/** The stored form gives back records equal to those written, of every type a precompiled rule set holds. */
class StoredRecordsTest {

    @Test
    void theCatalogueAndRuleIndexComeBackEqual() throws Exception {
        RuleSet ruleSet = TestRules.ruleSet();
        var parts = new StoredRecords.Parts(ruleSet.name(), ruleSet.framework(), ruleSet.title(), ruleSet.version(),
                ruleSet.hash(),
                ruleSet.catalogue(), ruleSet.rulesByName(), ruleSet.wording());
        Object read = roundTrip(List.of(parts, ruleSet.catalogue().areas().get(0)));
        assertThat(read).isEqualTo(List.of(parts, ruleSet.catalogue().areas().get(0)));
        // Every record type of the catalogue is among them, so each went through its own constructor.
        Catalogue catalogue = ((StoredRecords.Parts) ((List<?>) read).get(0)).catalogue();
        assertThat(List.of(catalogue.areas(), catalogue.topics(), catalogue.characteristics(), catalogue.measures(),
                catalogue.standards())).allSatisfy(entries -> assertThat(entries).isNotEmpty());
    }

    @Test
    void aRecordWithoutAStoredFormIsRefusedWhenWritten() {
        record Unknown(String name) implements java.io.Serializable {
        }
        assertThatThrownBy(() -> roundTrip(Map.of("x", new Unknown("x"))))
                .hasMessageContaining("no stored form for");
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = StoredRecords.output(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = StoredRecords.input(new ByteArrayInputStream(bytes.toByteArray()),
                StoredRecordsTest.class.getClassLoader())) {
            return in.readObject();
        }
    }
}
