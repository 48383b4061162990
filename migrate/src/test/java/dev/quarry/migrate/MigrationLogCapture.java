package dev.quarry.migrate;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The messages the runner logs (through logback) while this is open, for one database: tests on
 * other databases may log at the same time, so lines are kept only if they name it.
 */
final class MigrationLogCapture implements AutoCloseable {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger logger;
    private final String database;

    MigrationLogCapture(String database) {
        this.database = database;
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        logger = context.getLogger(MigrationLog.NAME);
        appender.setContext(context);
        appender.start();
        logger.addAppender(appender);
    }

    /** The formatted messages at a level that name the database, in order; clears what was captured. */
    List<String> take(Level level) {
        List<String> lines;
        synchronized (appender) {
            lines = appender.list.stream()
                    .filter(event -> event.getLevel() == level && event.getFormattedMessage().contains("'" + database + "'"))
                    .map(ILoggingEvent::getFormattedMessage).toList();
            appender.list.clear();
        }
        return lines;
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
