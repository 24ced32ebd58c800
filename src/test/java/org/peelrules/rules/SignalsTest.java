package org.peelrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrules.Status;

class SignalsTest {
    private static Signal signal(Status status) {
        return new Signal("1.1.1", status, false, "e-" + status);
    }

    @Test
    void anyAreFindsOneSignalWithTheStatus() {
        assertThat(Signals.anyAre(List.of(signal(Status.MET), signal(Status.NOT_MET)), Status.NOT_MET)).isTrue();
        assertThat(Signals.anyAre(List.of(signal(Status.MET)), Status.NOT_MET)).isFalse();
        assertThat(Signals.anyAre(List.of(), Status.MET)).isFalse();
    }

    @Test
    void allAreNeedsSignalsAndEveryOneWithTheStatus() {
        assertThat(Signals.allAre(List.of(signal(Status.MET), signal(Status.MET)), Status.MET)).isTrue();
        assertThat(Signals.allAre(List.of(signal(Status.MET), signal(Status.EXCEEDED)), Status.MET)).isFalse();
        assertThat(Signals.allAre(List.of(), Status.MET)).as("no signals are not all met").isFalse();
    }
}
