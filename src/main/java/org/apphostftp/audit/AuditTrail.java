package org.apphostftp.audit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit file: one JSON object per line ({@link AuditEntry}), appended with a single write so that the server and
 * CLI processes can add lines to the same file. Each line also goes to the server log (logger
 * {@code org.apphostftp.audit}). JSON escapes every control character, so a hostile user name cannot forge a line.
 */
public final class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger("org.apphostftp.audit");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** How much of the file's end {@link #latest} reads at most. */
    private static final int TAIL_BYTES = 1 << 20;
    /** The folder of the service's log files (the server log and the audit file), when it runs as a service. */
    public static final String LOG_DIR_PROPERTY = "apphost.log.dir";

    private final Path file;
    private final Clock clock;
    private final boolean serverLog;

    public AuditTrail(Path file, Clock clock) {
        this(file, clock, true);
    }

    private AuditTrail(Path file, Clock clock, boolean serverLog) {
        this.file = file;
        this.clock = clock;
        this.serverLog = serverLog;
    }

    /** The same file, without the copy of each line in the log (the CLI: its stderr is the user's terminal). */
    public AuditTrail withoutServerLog() {
        return new AuditTrail(file, clock, false);
    }

    /**
     * The audit file of the server whose configuration is {@code configFile}: {@code audit.log} in the folder named by
     * the system property {@value #LOG_DIR_PROPERTY} when set (the package sets /var/log/apphost-ftp), else in
     * {@code logs/} beside the configuration file.
     */
    public static AuditTrail forConfig(Path configFile) {
        String dir = System.getProperty(LOG_DIR_PROPERTY);
        Path folder = dir != null && !dir.isBlank() ? Path.of(dir)
                : configFile.toAbsolutePath().getParent().resolve("logs");
        return new AuditTrail(folder.resolve("audit.log"), Clock.systemUTC());
    }

    public Path file() {
        return file;
    }

    /** Writes one line for an action of {@link Actor#current()}; a failure to write is logged, never thrown. */
    public void record(String action, String target, String result) {
        record(Actor.current(), action, target, result);
    }

    /** Writes one line for an action of {@code actor}; a failure to write is logged, never thrown. */
    public void record(Actor actor, String action, String target, String result) {
        AuditEntry entry = new AuditEntry(TIME.format(clock.instant()), action, target, result, actor.name(), actor.address());
        String line = entry.toJsonText() + "\n";
        if (serverLog) {
            LOG.info("{} {} {}: {} (by {} from {})", entry.action(), entry.target(), entry.result(), entry.who(), entry.from());
        }
        synchronized (this) {
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
                    ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
                    while (bytes.hasRemaining()) {
                        out.write(bytes);
                    }
                }
            } catch (IOException e) {
                LOG.error("cannot write the audit file {}: {}; the line was: {}", file, e.getMessage(), line.strip());
            }
        }
    }

    /**
     * The last {@code limit} entries, oldest first (lines that are not audit entries are skipped).
     *
     * @throws IOException when the file exists but cannot be read; a missing file has no entries
     */
    public List<AuditEntry> latest(int limit) throws IOException {
        List<String> lines;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            long from = Math.max(0, length - TAIL_BYTES);
            byte[] tail = new byte[(int) (length - from)];
            in.seek(from);
            in.readFully(tail);
            lines = new ArrayList<>(List.of(new String(tail, StandardCharsets.UTF_8).split("\n")));
            if (from > 0 && !lines.isEmpty()) {
                lines.remove(0); // cut in the middle
            }
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            if (!Files.exists(file)) {
                return List.of();
            }
            throw new IOException("cannot read the audit file " + file + ": " + e.getMessage(), e);
        }
        List<AuditEntry> out = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0 && out.size() < limit; i--) {
            try {
                if (!lines.get(i).isBlank()) {
                    out.add(0, AuditEntry.parse(lines.get(i)));
                }
            } catch (IOException e) {
                // a line written by something else: not an entry
            }
        }
        return out;
    }
}
