package org.apphostftp.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * Logging of the short-lived client commands: warnings and errors as one plain line on stderr, configured in code. A
 * client process then skips parsing logback.xml (a fifth of its start-up); {@code serve} keeps logback.xml.
 * Registered for logback's ServiceLoader in META-INF/services.
 */
public final class ClientLogging extends ContextAwareBase implements Configurator {

    /** Set by {@link Main#main} for every command but {@code serve}. */
    static final String PROPERTY = "apphost.log.client";

    /** Marks this process as a client unless it serves. */
    static void chooseFor(String[] args) {
        if (args.length == 0 || !args[0].equals("serve")) {
            System.setProperty(PROPERTY, "true");
        }
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        StderrLine appender = new StderrLine();
        appender.setContext(context);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getProperty("apphost.log.level"), Level.WARN));
        root.addAppender(appender);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** {@code apphost-ftp: warning: message}, one line per event. */
    static final class StderrLine extends AppenderBase<ILoggingEvent> {
        @Override
        protected void append(ILoggingEvent event) {
            String level = event.getLevel().toString().toLowerCase(java.util.Locale.ROOT);
            System.err.println("apphost-ftp: " + (level.equals("warn") ? "warning" : level) + ": "
                    + event.getFormattedMessage());
        }
    }
}
