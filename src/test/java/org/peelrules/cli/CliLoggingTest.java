package org.peelrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class CliLoggingTest {

    @Test
    void warningsGoToStderrAndDroolsChatterIsSilenced() {
        LoggerContext context = new LoggerContext();
        CliLogging.configure(context);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(ConsoleAppender.class,
                appender -> {
                    assertThat(appender.getTarget()).isEqualTo("System.err");
                    assertThat(appender.isStarted()).isTrue();
                });
        assertThat(context.getLogger("org.drools").getLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("org.kie").getLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("org.peelrules").getEffectiveLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void theJarRegistersNothingWithAHostsLogback() {
        // A configurator found as a service would run in every host that embeds the jar, and logback 1.2 would
        // fail on one written for 1.5.
        assertThat(ServiceLoader.load(ch.qos.logback.classic.spi.Configurator.class).stream()
                .map(p -> p.type().getName())).noneMatch(name -> name.startsWith("org.peelrules"));
    }
}
