package org.apphostftp.log.logback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apphostftp.RawFtp;
import org.apphostftp.TestServer;
import org.apphostftp.TwoSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Client-supplied text in a server log line, as the project's logback.xml writes it: escaped, one line per event. */
class ClientTextInTheLogTest {

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void capture() {
        events.start();
        root.addAppender(events);
    }

    @AfterEach
    void release() {
        root.detachAppender(events);
        events.stop();
    }

    @Test
    void aUserNameWithCarriageReturnAndAnEscapeSequenceIsWrittenEscaped() throws IOException {
        try (TestServer server = TwoSites.start(dir); RawFtp ftp = new RawFtp(server.port(2121))) {
            ftp.reply();
            ftp.command("USER evil\r\u001b[31mFAKE bob logged in");
            ftp.send("PASS wrong"); // its 530 may be slow: a wrong password costs a full PBKDF2 hash

            await().atMost(Duration.ofSeconds(30)).until(() -> lines().stream().anyMatch(l -> l.contains("login failed for")));
        }
        String line = lines().stream().filter(l -> l.contains("login failed for")).findFirst().orElseThrow();

        assertThat(line).contains("login failed for 'evil\\r\\x1b[31mFAKE bob logged in'")
                .doesNotContain("\r", "\u001b").endsWith(" on site 'Alpha'\n").containsOnlyOnce("\n");
    }

    @Test
    void mdcValuesAndExceptionMessagesAreEscapedAndTheStackTraceKeepsItsLines() {
        LoggingEvent event = new LoggingEvent(getClass().getName(), root, Level.WARN, "upload of {} failed",
                new IllegalStateException("cannot write 'a\u202eexe.txt'\r\nFAKE"), new Object[] {"x\u009b2J"});
        MDC.put("sessionId", "s\n1");
        try {
            event.prepareForDeferredProcessing();
        } finally {
            MDC.remove("sessionId");
        }

        String text = layout().doLayout(event);

        assertThat(text).contains("[s\\n1] ").contains("upload of x\\x9b2J failed")
                .contains("java.lang.IllegalStateException: cannot write 'a\\u202eexe.txt'\\r\\nFAKE")
                .doesNotContain("\u202e", "\u009b", "\r").contains("\n\tat ");
    }

    /** Every captured event as the configured console appender writes it. */
    private List<String> lines() {
        Layout<ILoggingEvent> layout = layout();
        synchronized (events) {
            return events.list.stream().map(layout::doLayout).toList();
        }
    }

    /** The layout of the STDERR appender of src/main/resources/logback.xml, as the running server uses it. */
    @SuppressWarnings("unchecked")
    private static Layout<ILoggingEvent> layout() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        OutputStreamAppender<ILoggingEvent> console = (OutputStreamAppender<ILoggingEvent>)
                context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        return ((LayoutWrappingEncoder<ILoggingEvent>) console.getEncoder()).getLayout();
    }
}
