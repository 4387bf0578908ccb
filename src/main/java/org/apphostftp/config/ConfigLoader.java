package org.apphostftp.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.location.Location;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.xml.SafeXmlReader;
import org.apphostftp.config.xml.XmlDocument;
import org.apphostftp.config.xml.XmlSyntaxException;

/**
 * Reads applicationHost.config (and administration.config beside it), checks it against the schema and the
 * cross-element rules on the located element tree, binds it into the typed model ({@link TypedBinder}) and builds the
 * effective configuration from the typed objects ({@link EffectiveConfigBuilder}). Never writes anything.
 */
public final class ConfigLoader {

    /** The credential store IIS keeps beside applicationHost.config. */
    public static final String ADMINISTRATION_FILE = "administration.config";

    private final ConfigSchema schema;
    private final Map<String, String> environment;
    private final SafeXmlReader reader = new SafeXmlReader();

    public ConfigLoader(ConfigSchema schema, Map<String, String> environment) {
        this.schema = schema;
        this.environment = Map.copyOf(environment);
    }

    /** A loader with the shipped schema and this process's environment. */
    public static ConfigLoader standard() {
        ConfigSchema schema = ConfigSchema.standard();
        StartupPhases.mark("schema");
        return new ConfigLoader(schema, System.getenv());
    }

    /** Loads {@code file}; messages name it by its path as given. */
    public LoadResult load(Path file) {
        return load(file, file.toString());
    }

    /** The schema this loader checks against. */
    public ConfigSchema schema() {
        return schema;
    }

    /** Loads {@code file}; messages name it {@code displayName}. */
    public LoadResult load(Path file, String displayName) {
        return load(file, displayName, Optional.empty());
    }

    /**
     * Reads {@code file} for a command that only reads it: parsed in full, each section checked against the schema when
     * first read ({@link SectionChecks}); administration.config, the cross-section rules and the typed model are left
     * to {@link #load}.
     */
    public SectionChecks readSections(Path file, String displayName) {
        List<Problem> problems = new ArrayList<>();
        return new SectionChecks(this, file, read(file, displayName, problems), problems);
    }

    /**
     * Checks {@code proposed} as the new content of {@code file} with every rule a load applies (relative paths and
     * administration.config as beside {@code file}), without writing anything: how the config API validates a commit.
     */
    public LoadResult loadProposed(Path file, String displayName, byte[] proposed) {
        return load(file, displayName, Optional.of(proposed));
    }

    /**
     * Loads {@code file} again after {@code previous}, a valid load of it (as {@link #load(Path)} named it): when only
     * some sites changed, only they are checked and built and the others are taken from {@code previous}
     * ({@link SiteReload}); otherwise the whole file is loaded. The result is the one {@link #load(Path)} gives.
     */
    public LoadResult reload(Path file, LoadResult previous) {
        String displayName = file.toString();
        List<Problem> problems = new ArrayList<>();
        Optional<XmlDocument> main = read(file, displayName, problems);
        if (main.isEmpty()) {
            return result(Optional.empty(), problems, List.of());
        }
        return SiteReload.between(previous, main.get())
                .flatMap(r -> r.load(bytes -> load(file, displayName, Optional.of(bytes))))
                .orElseGet(() -> check(file, displayName, main.get(), problems));
    }

    private LoadResult load(Path file, String displayName, Optional<byte[]> proposed) {
        List<Problem> problems = new ArrayList<>();
        Optional<XmlDocument> main = proposed.isPresent()
                ? parse(file, displayName, proposed.get(), problems) : read(file, displayName, problems);
        StartupPhases.mark("read + parse " + displayName);
        if (main.isEmpty()) {
            return result(Optional.empty(), problems, List.of());
        }
        return check(file, displayName, main.get(), problems);
    }

    /** Everything a load does after reading the main file. */
    private LoadResult check(Path file, String displayName, XmlDocument mainDocument, List<Problem> problems) {
        Optional<XmlDocument> main = Optional.of(mainDocument);
        List<XmlDocument> documents = new ArrayList<>();
        documents.add(main.get());
        Path adminFile = siblingOf(file, ADMINISTRATION_FILE);
        Optional<XmlDocument> admin = Files.exists(adminFile)
                ? read(adminFile, siblingName(displayName, ADMINISTRATION_FILE), problems) : Optional.empty();
        admin.ifPresent(documents::add);
        StartupPhases.mark("administration.config");
        if (problems.stream().anyMatch(Problem::isError)) {
            return result(Optional.empty(), problems, documents);
        }

        SectionIndex mainIndex = SectionIndex.of(main.get(), schema);
        Optional<SectionIndex> adminIndex = admin.map(d -> SectionIndex.of(d, schema));
        StructureValidator structure = new StructureValidator(schema, problems);
        structure.validate(mainIndex);
        adminIndex.ifPresent(structure::validate);
        new LockRules(problems).validate(mainIndex);
        new DelegationRules(problems).validate(mainIndex);
        PathExpander paths = new PathExpander(environment, file.toAbsolutePath().getParent());
        StartupPhases.mark("structure, lock, delegation rules");
        new SemanticValidator(schema, problems, paths).validate(mainIndex, adminIndex);
        StartupPhases.mark("semantic rules");
        if (problems.stream().anyMatch(Problem::isError)) {
            return result(Optional.empty(), problems, documents);
        }
        Optional<TypedDocument> typed = TypedBinder.bind(main.get(), schema, problems);
        Optional<TypedDocument> typedAdmin = admin.flatMap(a -> TypedBinder.bind(a, schema, problems));
        if (typed.isEmpty() || admin.isPresent() && typedAdmin.isEmpty()) {
            return result(Optional.empty(), problems, documents);
        }
        StartupPhases.mark("typed bind");
        ServerConfig config = new EffectiveConfigBuilder(schema, typed.get(), typedAdmin, paths).build();
        StartupPhases.mark("effective configuration");
        return result(Optional.of(config), problems, documents);
    }

    private Optional<XmlDocument> parse(Path file, String displayName, byte[] bytes, List<Problem> problems) {
        try {
            return configuration(reader.parse(file, displayName, bytes), problems);
        } catch (XmlSyntaxException e) {
            problems.add(e.toProblem());
            return Optional.empty();
        }
    }

    private static Optional<XmlDocument> configuration(XmlDocument document, List<Problem> problems) {
        if (!document.root().name().equals("configuration")) {
            problems.add(Problem.error(document.root().location(), "the document element must be <configuration>, not <"
                    + document.root().name() + ">"));
            return Optional.empty();
        }
        return Optional.of(document);
    }

    private Optional<XmlDocument> read(Path file, String displayName, List<Problem> problems) {
        try {
            return configuration(reader.read(file, displayName), problems);
        } catch (NoSuchFileException e) {
            problems.add(Problem.error(Location.ofFile(displayName), "no such file"));
        } catch (IOException e) {
            problems.add(Problem.error(Location.ofFile(displayName), "cannot read: " + e.getMessage()));
        } catch (XmlSyntaxException e) {
            problems.add(e.toProblem());
        }
        return Optional.empty();
    }

    private static LoadResult result(Optional<ServerConfig> config, List<Problem> problems, List<XmlDocument> documents) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Problem.BY_LOCATION);
        return new LoadResult(config, List.copyOf(sorted), List.copyOf(documents));
    }

    static Path siblingOf(Path file, String name) {
        Path parent = file.toAbsolutePath().getParent();
        return parent.resolve(name);
    }

    static String siblingName(String displayName, String name) {
        int slash = Math.max(displayName.lastIndexOf('/'), displayName.lastIndexOf('\\'));
        return slash < 0 ? name : displayName.substring(0, slash + 1) + name;
    }
}
