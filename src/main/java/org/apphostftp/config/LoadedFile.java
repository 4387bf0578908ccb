package org.apphostftp.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apphostftp.config.effective.LoadedConfiguration;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.schema.ConfigSchema;

/**
 * The library's one {@link LoadedConfiguration}: what a load produced and the loader that produced it (whose
 * environment the server keeps using for reloads and commits). The public API hands it out opaque; the host and the
 * config API take it back with {@link #of}.
 */
public record LoadedFile(Path configFile, LoadResult result, ConfigLoader loader) implements LoadedConfiguration {

    public LoadedFile {
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(loader, "loader");
    }

    /** Reads and checks {@code file} with the shipped schema, %VAR% expanded from {@code environment}. */
    public static LoadedFile load(Path file, Map<String, String> environment) {
        ConfigLoader loader = new ConfigLoader(ConfigSchema.standard(), environment);
        return new LoadedFile(file, loader.load(file), loader);
    }

    /**
     * The load behind {@code loaded}.
     *
     * @throws IllegalArgumentException when {@code loaded} was not made by this library
     */
    public static LoadedFile of(LoadedConfiguration loaded) {
        if (Objects.requireNonNull(loaded, "loaded") instanceof LoadedFile file) {
            return file;
        }
        throw new IllegalArgumentException("a LoadedConfiguration made by FtpHost.load is needed, not a "
                + loaded.getClass().getName());
    }

    @Override
    public List<Problem> problems() {
        return result.problems();
    }

    @Override
    public boolean ok() {
        return result.ok();
    }
}
