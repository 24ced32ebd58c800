package org.peelrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CliLoggingTest {
    @AfterEach
    void clearProperty() {
        System.clearProperty(CliLogging.PROPERTY);
    }

    @Test
    void logbackFindsTheCommandLinesConfigurationAsAService() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(CliLogging.class);
    }

    @Test
    void outsideTheCommandLineItLeavesLogbackToTheHostsConfiguration() {
        LoggerContext context = new LoggerContext();
        CliLogging logging = new CliLogging();
        logging.setContext(context);

        assertThat(logging.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.iteratorForAppenders().hasNext()).isFalse();
        assertThat(context.getLogger("org.drools").getLevel()).isNull();
    }

    @Test
    void inTheCommandLineWarningsGoToStderrAndDroolsChatterIsSilenced() {
        System.setProperty(CliLogging.PROPERTY, "true");
        LoggerContext context = new LoggerContext();
        CliLogging logging = new CliLogging();
        logging.setContext(context);

        assertThat(logging.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
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
}
