package org.peelrules.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Logging for the {@code peel} command line: warnings to stderr, Drools' start-up chatter silenced.
 *
 * <p>Set up in code, not from an XML file: logback's XML configuration costs a tenth of a second of a command's
 * cold start. And set up by the command line's {@code main} alone, not registered with logback as a service: a
 * jar that hosts embed must leave their logging configuration to them, whatever their logback version.
 */
final class CliLogging {
    private CliLogging() {
    }

    /**
     * Configures logging, unless the user named a logback configuration of their own with
     * {@code -Dlogback.configurationFile}. Call it before any other thread starts: logback first configures
     * itself by default, verbosely, and this replaces that.
     */
    static void setUp() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (System.getProperty("logback.configurationFile") == null && factory instanceof LoggerContext context) {
            context.reset();
            configure(context);
        }
    }

    static void configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("peel: %level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("org.drools").setLevel(Level.ERROR);
        context.getLogger("org.kie").setLevel(Level.ERROR);
    }
}
