package org.apphostftp.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The server log as a rolling file when {@code serve} runs as a service ({@code -Dapphost.log.dir=DIR}): Logback's own
 * {@link RollingFileAppender} with a size-and-time policy writes {@code DIR/apphost-ftp.log}, rolled daily and at
 * {@code apphost.log.maxFileSize} (10MB) into {@code apphost-ftp.YYYY-MM-DD.N.log.gz}, keeping
 * {@code apphost.log.maxHistory} (14) days and at most {@code apphost.log.totalSizeCap} (1GB). Its lines have the
 * pattern of logback.xml's stderr appender (so any converter that escapes messages there applies here too). Set up in
 * code rather than in logback.xml because logback.xml cannot add an appender only when a property is set without
 * Janino.
 */
final class ServerLogFile {

    static final String DIR_PROPERTY = "apphost.log.dir";

    private ServerLogFile() {
    }

    /** Adds the file appender to the root logger when {@value #DIR_PROPERTY} is set; the file, when it did. */
    static Optional<Path> attachIfConfigured() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null || dir.isBlank() || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return Optional.empty();
        }
        Path file = Path.of(dir).resolve("apphost-ftp.log");
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(consolePattern(root).orElse("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{0} - %msg%n"));
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(Path.of(dir).resolve("apphost-ftp.%d{yyyy-MM-dd}.%i.log.gz").toString());
        policy.setMaxFileSize(FileSize.valueOf(System.getProperty("apphost.log.maxFileSize", "10MB")));
        policy.setMaxHistory(Integer.parseInt(System.getProperty("apphost.log.maxHistory", "14")));
        policy.setTotalSizeCap(FileSize.valueOf(System.getProperty("apphost.log.totalSizeCap", "1GB")));
        policy.start();
        appender.setRollingPolicy(policy);
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
        return Optional.of(file);
    }

    private static Optional<String> consolePattern(Logger root) {
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            if (it.next() instanceof OutputStreamAppender<ILoggingEvent> out && out.getEncoder() instanceof PatternLayoutEncoder p) {
                return Optional.of(p.getPattern());
            }
        }
        return Optional.empty();
    }
}
