package org.apphostftp.host;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.location.Location;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.xml.XmlDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration the host runs, kept in step with the files on disk (applicationHost.config and the
 * administration.config beside it). {@link #reload()} reads them again: content equal to what runs changes nothing;
 * an invalid file changes nothing either and becomes the last error; a valid one is applied by difference.
 * Reloads are serialised, so a commit's own reload and the watcher's never apply the same content twice.
 */
public final class LiveConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(LiveConfiguration.class);

    /** What a reload did. */
    public enum Outcome {
        /** the files hold what already runs */
        UNCHANGED,
        /** the new configuration runs */
        APPLIED,
        /** the files are invalid; the last good configuration keeps running */
        REJECTED
    }

    private final Path configFile;
    private final ConfigLoader loader;
    private final HostRuntime runtime;
    private final Clock clock;
    private volatile LoadResult running;
    private volatile Instant lastReload;
    private volatile Optional<Problem> lastError = Optional.empty();
    private volatile long applied;
    private volatile long checks;
    private boolean closed;

    /**
     * @param initial the valid load the runtime was started with
     */
    public LiveConfiguration(Path configFile, ConfigLoader loader, LoadResult initial, HostRuntime runtime, Clock clock) {
        if (!initial.ok()) {
            throw new IllegalArgumentException("the initial configuration must be valid: " + initial.errors());
        }
        this.configFile = configFile;
        this.loader = loader;
        this.runtime = runtime;
        this.clock = clock;
        this.running = initial;
        this.lastReload = clock.instant();
    }

    /** The files whose change must reload: the config file and administration.config beside it. */
    public List<Path> files() {
        return List.of(configFile, configFile.toAbsolutePath().getParent().resolve(ConfigLoader.ADMINISTRATION_FILE));
    }

    /**
     * Reads the files again and applies them when they are valid and differ from what runs. Any failure of this one
     * attempt, an Error such as OutOfMemoryError included, is reported as the last error and keeps what runs, so that
     * the next save is applied as if nothing had happened.
     */
    public synchronized Outcome reload() {
        if (closed) {
            return Outcome.UNCHANGED;
        }
        checks++;
        try {
            return reloadOnce();
        } catch (RuntimeException | Error e) { // RuntimeException: a bug; Error: this attempt ran out of something
            LOG.error("reloading {} failed; the running configuration is kept", configFile, e);
            lastError = Optional.of(Problem.error(Location.ofFile(configFile.toString()), "reloading the configuration failed: " + e));
            return Outcome.REJECTED;
        }
    }

    private Outcome reloadOnce() {
        if (Contents.onDisk(files()).equals(Contents.of(running))) {
            clearError();
            return Outcome.UNCHANGED;
        }
        LoadResult loaded = loader.reload(configFile, running); // only the changed sites when nothing else changed
        if (!loaded.ok()) {
            reject(loaded.errors());
            return Outcome.REJECTED;
        }
        if (Contents.of(loaded).equals(Contents.of(running))) { // changed back to what runs while we looked
            clearError();
            return Outcome.UNCHANGED;
        }
        loaded.warnings().forEach(w -> LOG.warn("{}", w));
        try {
            runtime.apply(loaded.orElseThrow());
        } catch (RuntimeException | Error e) { // a bug or an exhausted resource, not a bad file: say so where the administrator looks
            LOG.error("applying {} failed; the server may run parts of it", configFile, e);
            lastError = Optional.of(Problem.error(Location.ofFile(configFile.toString()), "applying the configuration failed: " + e));
            return Outcome.REJECTED; // running stays the old load, so that the next reload tries again
        }
        running = loaded;
        lastReload = clock.instant();
        applied++;
        if (lastError.isPresent()) {
            LOG.info("{} is valid again", configFile);
        }
        lastError = Optional.empty();
        return Outcome.APPLIED;
    }

    /** The last valid load, the one that runs (its documents are what a config API edit starts from). */
    public LoadResult running() {
        return running;
    }

    /** When the configuration that runs was applied (the start, or the last reload that changed something). */
    public Instant lastReload() {
        return lastReload;
    }

    /** The first error of the files on disk while they are invalid; empty while they hold what runs. */
    public Optional<Problem> lastError() {
        return lastError;
    }

    /** How many times the files were looked at again (by the watcher, a commit or {@link #reload()}). */
    public long checkCount() {
        return checks;
    }

    /** How many reloads applied a changed configuration. */
    public long appliedCount() {
        return applied;
    }

    /** No reload after this (the host is stopping). */
    public synchronized void close() {
        closed = true;
    }

    private void reject(List<Problem> errors) {
        for (Problem p : errors) {
            LOG.error("{}", p);
        }
        LOG.error("{} has {} error(s); the running configuration is kept until it is fixed", configFile, errors.size());
        lastError = Optional.of(errors.get(0));
    }

    private void clearError() {
        if (lastError.isPresent()) {
            LOG.info("{} holds the running configuration again", configFile);
        }
        lastError = Optional.empty();
    }

    /** The content of the files, by hash: what runs, or what is on disk now. */
    private record Contents(Optional<String> main, Optional<String> administration) {

        static Contents of(LoadResult loaded) {
            List<XmlDocument> documents = loaded.documents();
            return new Contents(Optional.of(documents.get(0).sha256()),
                    documents.size() > 1 ? Optional.of(documents.get(1).sha256()) : Optional.empty());
        }

        static Contents onDisk(List<Path> files) {
            return new Contents(FileSnapshot.of(files.get(0)).sha256(), FileSnapshot.of(files.get(1)).sha256());
        }
    }
}
