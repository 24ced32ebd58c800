package org.peelrules.internal.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peelrules.RuleSet;
import org.peelrules.TestRules;
import org.peelrules.internal.engine.Engine;

/**
 * The stored form gives back records equal to those written, of every type a precompiled rule set holds, through the
 * engine's stream as the precompiled rule set uses it.
 */
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
        TestRules.ruleSet().loaded().engine().store(bytes, value, StoredRecords::stored);
        return Engine.restore(new ByteArrayInputStream(bytes.toByteArray()), StoredRecords::record).stored();
    }
}
