package org.apphostftp.appcmd;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.LoadedFile;
import org.apphostftp.config.SectionChecks;
import org.apphostftp.configapi.Configuration;
import org.apphostftp.configapi.ConfigurationApiException;
import org.apphostftp.configapi.ConfigurationConflictException;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationElementCollection;
import org.apphostftp.configapi.ConfigurationValidationException;
import org.apphostftp.configapi.RuntimeProviders;
import org.apphostftp.configapi.ServerManager;

/**
 * The configuration an appcmd command works on: applicationHost.config read once through the config API, its sites, and
 * the one commit that writes every change of the command (lossless, validated, atomic; refused when someone else saved
 * the file meanwhile). A running server applies the saved file live.
 */
final class Workspace {

    private final java.util.Set<String> sections;
    private final ServerManager manager;
    private final Configuration configuration;
    private final Function<ServerManager, SiteRuntime> runtimeFactory;
    private SiteRuntime runtime;

    private Workspace(ConfigLoader loader, ServerManager manager, Function<ServerManager, SiteRuntime> runtimeFactory) {
        this.sections = new java.util.TreeSet<>(loader.schema().sections().keySet());
        this.manager = manager;
        this.configuration = manager.getApplicationHostConfiguration();
        this.runtimeFactory = runtimeFactory;
    }

    /**
     * Reads {@code file} in full and checks all of it, for a command that changes it.
     *
     * @throws AppcmdException with every problem when the file is missing or invalid
     */
    static Workspace open(Path file, String displayName, Function<ServerManager, SiteRuntime> runtime) {
        ConfigLoader loader = ConfigLoader.standard();
        LoadResult loaded = loader.load(file, displayName);
        if (!loaded.ok()) {
            throw new AppcmdException("Cannot read configuration file " + displayName, loaded.errors());
        }
        return new Workspace(loader, ServerManager.of(new LoadedFile(file, loaded, loader), RuntimeProviders.offline()), runtime);
    }

    /**
     * Reads {@code file} for a command that only lists, as IIS reads it: parsed in full, and each section checked when
     * the command first reads it (a section with errors then fails the command with its FILE:LINE:COL problems, see
     * {@link #refused}); the sections it does not read are not checked, and no typed model is built.
     *
     * @throws AppcmdException with every problem when the file is missing, not well-formed or names an unknown section
     */
    static Workspace read(Path file, String displayName, Function<ServerManager, SiteRuntime> runtime) {
        ConfigLoader loader = ConfigLoader.standard();
        SectionChecks checks = loader.readSections(file, displayName);
        if (!checks.fileErrors().isEmpty()) {
            throw new AppcmdException("Cannot read configuration file " + displayName, checks.fileErrors());
        }
        return new Workspace(loader, ServerManager.of(checks, RuntimeProviders.offline()), runtime);
    }

    /** appcmd's error for a file or a section that breaks the rules, with its FILE:LINE:COL problems. */
    static AppcmdException refused(ConfigurationValidationException e) {
        String summary = e.getMessage().lines().findFirst().orElse("invalid configuration").replaceAll(":$", "");
        return new AppcmdException(summary, e.getProblems());
    }

    /** Every section of the schema, sorted. */
    java.util.Set<String> sections() {
        return sections;
    }

    Configuration configuration() {
        return configuration;
    }

    /** The running server (asked once per command). */
    SiteRuntime runtime() {
        if (runtime == null) {
            runtime = runtimeFactory.apply(manager);
        }
        return runtime;
    }

    ConfigurationElementCollection sites() {
        return configuration.getSection("system.applicationHost/sites").getCollection();
    }

    /** The site named {@code name} (any case). */
    Optional<ConfigurationElement> site(String name) {
        for (ConfigurationElement site : sites()) {
            if (name.equalsIgnoreCase(String.valueOf(site.getAttributeValue("name")))) {
                return Optional.of(site);
            }
        }
        return Optional.empty();
    }

    ConfigurationElement requireSite(String name) {
        return site(name).orElseThrow(() -> new AppcmdException("Cannot find SITE object with identifier \"" + name + "\"."));
    }

    /** The section path as the schema spells it (appcmd section names ignore case). */
    String sectionPath(String written) {
        String path = written.replaceAll("^/+|/+$", "");
        for (String known : sections) {
            if (known.equalsIgnoreCase(path)) {
                return known;
            }
        }
        throw new AppcmdException("Unknown config section \"" + path + "\". The sections are: "
                + String.join(", ", sections));
    }

    /** A location path with its site named as the file names it ("default ftp site/pub" → "Default FTP Site/pub"). */
    String locationPath(String written) {
        String location = written.replace('\\', '/').replaceAll("^/+|/+$", "");
        if (location.toUpperCase(Locale.ROOT).startsWith("MACHINE/WEBROOT/APPHOST")) {
            location = location.substring("MACHINE/WEBROOT/APPHOST".length()).replaceAll("^/+", "");
        }
        if (location.isEmpty()) {
            return "";
        }
        int slash = location.indexOf('/');
        String siteName = slash < 0 ? location : location.substring(0, slash);
        String rest = slash < 0 ? "" : location.substring(slash);
        return site(siteName).map(s -> s.getAttributeValue("name") + rest).orElse(location);
    }

    /**
     * Writes the command's changes.
     *
     * @throws AppcmdException when the result would be invalid (with its FILE:LINE:COL problems), when the file changed
     *                         on disk since it was read, or when it cannot be written; nothing is written then
     */
    void commit() {
        try {
            manager.commitChanges();
        } catch (ConfigurationValidationException e) {
            throw refused(e);
        } catch (ConfigurationConflictException e) {
            throw new AppcmdException("Cannot commit configuration changes because the file has changed on disk: "
                    + e.getMessage() + "; nothing was written, run the command again");
        } catch (ConfigurationApiException | IllegalArgumentException | UncheckedIOException e) {
            throw new AppcmdException(e.getMessage());
        }
    }
}
