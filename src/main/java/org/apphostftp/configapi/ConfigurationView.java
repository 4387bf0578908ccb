package org.apphostftp.configapi;

import java.util.Objects;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.LoadedFile;
import org.apphostftp.config.effective.LoadedConfiguration;
import org.apphostftp.config.schema.ConfigSchema;

/**
 * The configuration a running host serves, as one read-only {@link Configuration} that any number of threads read at
 * once: made once per loaded configuration and kept until the host runs another one (a reload or a commit), instead of
 * a {@link ServerManager} copying the whole document for every reader. Runtime parts are still read live on each call.
 * Writes to the view throw {@link ReadOnlyConfigurationException}.
 */
public final class ConfigurationView {

    /** The view made for one load and one set of runtime providers. */
    private record Made(LoadResult loaded, RuntimeProviders runtime, Configuration configuration) {
        boolean isFor(LoadResult l, RuntimeProviders r) {
            return loaded == l && runtime == r;
        }
    }

    private final ConfigSchema schema;
    private volatile Made current;

    /** Views checked against {@code schema} (the one the host loads with). */
    public ConfigurationView(ConfigSchema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /**
     * The read-only configuration of {@code configuration} with its runtime parts from {@code runtime}: the same object for
     * as long as both are the ones given last, a new one (made once, however many threads ask) when either changed.
     *
     * @throws IllegalArgumentException when {@code configuration} has errors or was not made by {@code FtpHost.load},
     *                                  or a provider names no runtime part of the schema
     */
    public Configuration of(LoadedConfiguration configuration, RuntimeProviders runtime) {
        LoadResult loaded = LoadedFile.of(configuration).result();
        Made made = current;
        if (made != null && made.isFor(loaded, runtime)) {
            return made.configuration();
        }
        return make(loaded, runtime);
    }

    private synchronized Configuration make(LoadResult loaded, RuntimeProviders runtime) {
        Made made = current;
        if (made != null && made.isFor(loaded, runtime)) { // another reader made it while this one waited
            return made.configuration();
        }
        if (!loaded.ok()) {
            throw new IllegalArgumentException("a configuration view needs a configuration without errors: " + loaded.errors());
        }
        Objects.requireNonNull(runtime, "runtime").checkAgainst(schema);
        made = new Made(loaded, runtime, Configuration.shared(schema, loaded.documents().get(0), runtime));
        current = made;
        return made.configuration();
    }
}
