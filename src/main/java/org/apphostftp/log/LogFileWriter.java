package org.apphostftp.log;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.apphostftp.config.effective.LogPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the lines of one log folder: picks the file for the period (or the size), writes the header at the top of
 * every file it opens, and rolls over. Not thread-safe: only the log service's writer thread uses it.
 *
 * <p>A folder that cannot be created or written, or a full disk, gives one SLF4J error; lines are then dropped,
 * and writing is tried again {@link #RETRY_AFTER} later. Nothing is thrown to the caller.
 */
final class LogFileWriter {

    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(LogFileWriter.class);
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Clock clock;
    private final Supplier<String> computerName;
    private LogTarget target;
    private W3cLineFormatter formatter;
    private Charset charset;

    private Path file;
    private FileChannel channel;
    private OutputStream out;
    private long size;
    private boolean hasEntries;
    private boolean headerPending;
    private int sequence;
    private long unflushedLines;

    private boolean failing;
    private Instant retryAt = Instant.MIN;
    private long dropped;

    LogFileWriter(LogTarget target, Clock clock, Supplier<String> computerName) {
        this.clock = clock;
        this.computerName = computerName;
        use(target);
    }

    /** New settings for the same folder: a new file when the naming changed, a new header when the fields did. */
    void retarget(LogTarget next) {
        if (!target.namesFilesLike(next)) {
            closeFileQuietly();
            sequence = 0;
        } else if (!target.settings().fields().equals(next.settings().fields()) && out != null) {
            headerPending = true;
        }
        use(next);
    }

    void write(FtpLogEvent event) {
        if (!SelectiveFilter.accepts(target.settings().selectiveLogging(), event)) {
            return;
        }
        Instant now = clock.instant();
        if (failing && now.isBefore(retryAt)) {
            dropped++;
            return;
        }
        byte[] line = formatter.format(event).getBytes(charset);
        try {
            selectFile(now, line.length);
            if (headerPending) {
                writeBytes(formatter.header(now).getBytes(charset));
                headerPending = false;
            }
            writeBytes(line);
            hasEntries = true;
            unflushedLines++;
        } catch (IOException | RuntimeException e) {
            dropped++;
            fail(e, now);
        }
    }

    /** Hands buffered lines to the operating system and, when {@code toDisk}, waits until they are on disk. */
    void flush(boolean toDisk) {
        if (out == null) {
            return;
        }
        try {
            out.flush();
            if (toDisk) {
                channel.force(false);
            }
            if (failing && unflushedLines > 0) {
                LOG.info("W3C log {}: writing again; {} lines were dropped while it was not writable", target.folder(), dropped);
                failing = false;
                dropped = 0;
            }
            unflushedLines = 0;
        } catch (IOException | RuntimeException e) {
            fail(e, clock.instant());
        }
    }

    void close() {
        flush(false);
        closeFileQuietly();
    }

    private void use(LogTarget next) {
        if (target != null && !target.folder().equals(next.folder())) {
            retryAt = Instant.MIN;
        }
        this.target = next;
        this.formatter = new W3cLineFormatter(next.settings().fields(), computerName);
        this.charset = next.utf8() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    }

    private void selectFile(Instant now, int lineBytes) throws IOException {
        if (target.settings().period() == LogPeriod.MAX_SIZE) {
            selectSizedFile(now, lineBytes);
            return;
        }
        ZoneId zone = target.settings().localTimeRollover() ? clock.getZone() : ZoneOffset.UTC;
        String wanted = LogFileNaming.timed(target.settings().period(), target.utf8(), LocalDateTime.ofInstant(now, zone));
        if (file == null || !file.getFileName().toString().equals(wanted)) {
            closeFile();
            open(target.folder().resolve(wanted), now);
        }
    }

    private void selectSizedFile(Instant now, int lineBytes) throws IOException {
        long limit = target.settings().truncateSize();
        if (file != null && !(hasEntries && size + lineBytes > limit)) {
            return;
        }
        if (file != null) {
            closeFile();
            sequence++;
        }
        Files.createDirectories(target.folder());
        if (sequence == 0) {
            sequence = highestSequence();
        }
        // a file left full by an earlier run is skipped rather than appended to
        Path next = target.folder().resolve(LogFileNaming.sized(target.utf8(), sequence));
        while (Files.isRegularFile(next) && Files.size(next) > 0 && Files.size(next) + lineBytes > limit) {
            sequence++;
            next = target.folder().resolve(LogFileNaming.sized(target.utf8(), sequence));
        }
        open(next, now);
    }

    private int highestSequence() throws IOException {
        int highest = 1;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(target.folder())) {
            for (Path p : files) {
                OptionalInt n = LogFileNaming.sequenceOf(p.getFileName().toString(), target.utf8());
                if (n.isPresent() && n.getAsInt() > highest) {
                    highest = n.getAsInt();
                }
            }
        }
        return highest;
    }

    private void open(Path path, Instant now) throws IOException {
        Files.createDirectories(target.folder());
        channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
        file = path;
        size = channel.size();
        hasEntries = size > 0;
        // every opening, also an append after a restart, starts with a header, as IIS does
        writeBytes(formatter.header(now).getBytes(charset));
        headerPending = false;
    }

    private void writeBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        size += bytes.length;
    }

    private void closeFile() throws IOException {
        if (out != null) {
            try {
                out.close();
            } finally {
                forget();
            }
        }
    }

    private void closeFileQuietly() {
        try {
            closeFile();
        } catch (IOException e) {
            LOG.debug("W3C log {}: closing {} failed", target.folder(), file, e);
        }
    }

    private void fail(Exception e, Instant now) {
        if (!failing) {
            LOG.error("W3C log {}: cannot write {} ({}); log lines are dropped until it is writable again. "
                            + "Check that the folder can be created and written and that the disk has room, or change logFile/@directory.",
                    target.folder(), file == null ? "the log file" : file.getFileName(), e.toString());
        }
        failing = true;
        retryAt = now.plus(RETRY_AFTER);
        dropped += unflushedLines;
        unflushedLines = 0;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the channel is being abandoned after a failure already reported
            }
        }
        forget();
    }

    private void forget() {
        out = null;
        channel = null;
        file = null;
        size = 0;
        hasEntries = false;
    }
}
