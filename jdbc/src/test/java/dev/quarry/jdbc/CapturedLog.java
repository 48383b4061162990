package dev.quarry.jdbc;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Everything logged (through logback) while it is open, with the levels of some loggers changed for
 * that time; closing it restores the levels. One at a time: the log tests do not run in parallel
 * with one another.
 */
final class CapturedLog implements AutoCloseable {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Map<Logger, Level> previous = new LinkedHashMap<>();
    private final Logger root;

    private CapturedLog() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
    }

    /** Starts capturing. */
    static CapturedLog start() {
        return new CapturedLog();
    }

    /** Sets a logger's level until this is closed. */
    CapturedLog level(String logger, Level level) {
        Logger target = (Logger) LoggerFactory.getLogger(logger);
        previous.putIfAbsent(target, target.getLevel());
        target.setLevel(level);
        return this;
    }

    /** The events so far. */
    List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /** The formatted messages of one logger at one level, in order. */
    List<String> lines(String logger, Level level) {
        return events().stream().filter(event -> event.getLoggerName().equals(logger) && event.getLevel() == level)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Every message, with the messages of the exceptions logged with it. */
    List<String> allText() {
        List<String> text = new ArrayList<>();
        for (ILoggingEvent event : events()) {
            text.add(event.getFormattedMessage());
            for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
                text.add(cause.getClassName() + ": " + cause.getMessage());
            }
        }
        return text;
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        previous.forEach(Logger::setLevel);
    }
}
