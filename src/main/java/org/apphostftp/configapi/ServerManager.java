package org.apphostftp.configapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.LoadedFile;
import org.apphostftp.config.SectionChecks;
import org.apphostftp.config.effective.LoadedConfiguration;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.xml.ConfigFileConflictException;
import org.apphostftp.config.xml.ConfigFileWriter;
import org.apphostftp.config.xml.DocumentBytes;
import org.apphostftp.config.xml.DocumentEditor;
import org.apphostftp.config.xml.Edit;
import org.apphostftp.config.xml.XmlDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the config API, after Microsoft.Web.Administration's ServerManager: the configuration of one
 * applicationHost.config file, with the runtime parts (live sessions, site state, methods) filled by the running
 * server when it was created by the host, or empty when it reads a file on its own.
 *
 * <pre>{@code
 * try (ServerManager manager = new ServerManager(Path.of("conf/applicationHost.config"))) {
 *     ConfigurationElement site = manager.getApplicationHostConfiguration()
 *             .getSection("system.applicationHost/sites").getCollection().find("name", "Default FTP Site").orElseThrow();
 *     site.getChildElement("ftpServer").getChildElement("connections").setAttributeValue("controlChannelTimeout", 300);
 *     manager.commitChanges();
 * }
 * }</pre>
 *
 * Not thread-safe: one ServerManager per thread or request; {@link #of} makes one cheaply from a loaded file.
 */
public final class ServerManager implements AutoCloseable {

    /**
     * The logger, made on first use: a client command that never logs then skips the start-up of SLF4J and
     * logback.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(ServerManager.class);
    }

    private final Path file;
    private final String displayName;
    private final RuntimeProviders runtime;
    private final ConfigLoader loader;
    private final Runnable afterCommit;
    private XmlDocument document;
    private Configuration configuration;
    private boolean closed;

    /** A manager on a file, without a running server: runtime collections are empty and {@code state} is Unknown. */
    public ServerManager(Path configFile) {
        this(configFile, RuntimeProviders.offline());
    }

    /** A manager on a file whose runtime parts come from {@code runtime}. */
    public ServerManager(Path configFile, RuntimeProviders runtime) {
        this(configFile, configFile.toString(), runtime, ConfigLoader.standard(), null, () -> { });
    }

    /**
     * A manager on a file read with {@code schema} (the shipped one is {@link ConfigSchema#standard()}), checking
     * commits with %VAR% expanded from {@code environment} (as the server loads it).
     *
     * @throws IllegalArgumentException when a provider names no runtime part of the schema
     */
    public ServerManager(Path configFile, RuntimeProviders runtime, ConfigSchema schema, Map<String, String> environment) {
        this(configFile, configFile.toString(), runtime, new ConfigLoader(schema, environment), null, () -> { });
    }

    private ServerManager(Path file, String displayName, RuntimeProviders runtime, ConfigLoader loader, XmlDocument document,
                          Runnable afterCommit) {
        this.file = Objects.requireNonNull(file, "file");
        this.displayName = displayName;
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.afterCommit = Objects.requireNonNull(afterCommit, "afterCommit");
        this.document = document;
        runtime.checkAgainst(loader.schema());
    }

    /**
     * A manager on a configuration already loaded ({@code FtpHost.load}, or what a host runs), without reading the file
     * again; commits are checked with the environment it was loaded with. On a file the library read section by section
     * (appcmd's listings), each section is checked when first read and one with errors is refused
     * ({@link ConfigurationValidationException}), never read as if valid.
     *
     * @throws IllegalArgumentException when {@code loaded} has errors, or was not made by {@code FtpHost.load}
     */
    public static ServerManager of(LoadedConfiguration loaded, RuntimeProviders runtime) {
        return of(loaded, runtime, () -> { });
    }

    /**
     * As {@link #of(LoadedConfiguration, RuntimeProviders)}, running {@code afterCommit} after each commit that wrote
     * the file (the host applies the file there, so that a commit runs when commitChanges returns).
     */
    public static ServerManager of(LoadedConfiguration loaded, RuntimeProviders runtime, Runnable afterCommit) {
        if (loaded instanceof SectionChecks checks) {
            return sectionChecked(checks, runtime, afterCommit);
        }
        LoadedFile file = LoadedFile.of(loaded);
        if (!file.ok()) {
            throw new IllegalArgumentException("a ServerManager needs a configuration without errors: " + file.errors());
        }
        XmlDocument main = file.result().documents().get(0);
        return new ServerManager(main.path(), main.displayName(), runtime, file.loader(), main, afterCommit);
    }

    /**
     * A manager on a file read section by section (the internal {@code ConfigLoader.readSections}, as IIS reads a file):
     * a section is checked when first read, and one with errors is refused with a
     * {@link ConfigurationValidationException} instead of read; commits are checked in full, as always.
     */
    private static ServerManager sectionChecked(SectionChecks checks, RuntimeProviders runtime, Runnable afterCommit) {
        if (!checks.fileErrors().isEmpty()) {
            throw new IllegalArgumentException("a ServerManager needs a readable file: " + checks.fileErrors());
        }
        XmlDocument main = checks.document();
        ServerManager manager = new ServerManager(main.path(), main.displayName(), runtime,
                checks.loader(), main, afterCommit);
        manager.getApplicationHostConfiguration().checkSectionsWith(path -> {
            List<Problem> errors = checks.errorsOf(path);
            if (!errors.isEmpty()) {
                throw new ConfigurationValidationException(main.displayName(), "cannot read section " + path + " of "
                        + main.displayName(), errors);
            }
        });
        return manager;
    }

    /**
     * The configuration of the file, read when first asked for and kept (with its changes) until closed.
     *
     * @throws ConfigurationValidationException when the file is missing or invalid; the message lists every error
     */
    public Configuration getApplicationHostConfiguration() {
        checkOpen();
        if (configuration == null) {
            if (document == null) {
                LoadResult loaded = loader.load(file, displayName);
                if (!loaded.ok()) {
                    throw new ConfigurationValidationException(displayName, "cannot read " + displayName, loaded.errors());
                }
                document = loaded.documents().get(0);
            }
            configuration = new Configuration(loader.schema(), document, runtime);
        }
        return configuration;
    }

    /** The configuration file. */
    public Path getConfigFile() {
        return file;
    }

    /**
     * Writes the changes made through {@link #getApplicationHostConfiguration()} to the file: only the edited text
     * changes; the new text is checked with every rule the loader applies before anything is written; the write is
     * atomic and refused when someone else changed the file since it was read. Element handles stay usable. A manager
     * of a running host ({@code FtpHost.serverManager()}) has the server apply the file before this returns.
     *
     * @throws ReadOnlyConfigurationException    when a write to a runtime part was attempted (nothing is written)
     * @throws ConfigurationValidationException  when the result would be invalid (nothing is written)
     * @throws ConfigurationConflictException    when the file changed on disk since it was read (nothing is written)
     */
    public void commitChanges() {
        checkOpen();
        if (configuration == null) {
            return;
        }
        ReadOnlyConfigurationException refused = configuration.refused();
        if (refused != null) {
            throw new ReadOnlyConfigurationException(refused.getPath(), "nothing was saved: a write to runtime data was "
                    + "attempted (" + refused.getMessage() + "); runtime data is never stored. Open a new ServerManager "
                    + "to start over");
        }
        List<Edit> edits = configuration.edits();
        if (edits.isEmpty()) {
            return;
        }
        String newText = DocumentEditor.apply(document, edits);
        LoadResult proposed = loader.loadProposed(file, displayName, encode(newText));
        if (!proposed.ok()) {
            throw new ConfigurationValidationException(displayName, "the changes were not saved; they would make "
                    + displayName + " invalid", proposed.errors());
        }
        XmlDocument written;
        try {
            written = new ConfigFileWriter().write(document, newText);
        } catch (ConfigFileConflictException e) {
            throw new ConfigurationConflictException(displayName, e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + displayName + ": " + e.getMessage(), e);
        }
        Log.LOG.info("committed {} change(s) to {}", edits.size(), displayName);
        document = written;
        configuration.rebase(written);
        afterCommit.run();
    }

    /** The bytes the writer will write, so that exactly they are checked. */
    private byte[] encode(String newText) {
        try {
            return DocumentBytes.encode(newText, document);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the changes cannot be written in " + document.charset().name()
                    + ", the encoding of " + displayName + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        configuration = null;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this ServerManager on " + displayName + " is closed");
        }
    }
}
