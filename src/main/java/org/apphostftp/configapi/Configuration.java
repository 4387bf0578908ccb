package org.apphostftp.configapi;

import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apphostftp.config.SectionIndex;
import org.apphostftp.config.Suggestions;
import org.apphostftp.config.jaxb.ConfigurationXml;
import org.apphostftp.config.jaxb.JaxbView;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.schema.SectionSchema;
import org.apphostftp.config.xml.DocumentBytes;
import org.apphostftp.config.xml.DocumentEditor;
import org.apphostftp.config.xml.Edit;
import org.apphostftp.config.xml.SafeXmlReader;
import org.apphostftp.config.xml.XmlDocument;
import org.apphostftp.config.xml.XmlSyntaxException;

/**
 * One configuration file (applicationHost.config) as the API sees it: its sections, with uncommitted changes, and
 * the runtime parts filled by the running server on each read. Obtained from
 * {@link ServerManager#getApplicationHostConfiguration()}; not thread-safe.
 */
public final class Configuration {

    /** At most this many sections (and as many filters) are kept by a shared view (a location is whatever a request names). */
    private static final int SHARED_SECTIONS = 1024;
    /** Slashes at either end of a section path (compiled once: every admin request names a section). */
    private static final Pattern EDGE_SLASHES = Pattern.compile("^/+|/+$");

    private final ConfigSchema schema;
    private final RuntimeProviders providers;
    /** True for a view that many threads read at once ({@link ConfigurationView}): every write is refused. */
    private final boolean shared;
    private DraftDocument draft;
    private long generation;
    private ReadOnlyConfigurationException refused;
    /**
     * A shared view's section nodes by path and location: they never change, so their collections are read once
     * ({@link ConfiguredNode#items()}).
     */
    private final Map<String, ConfiguredNode> sharedSections = new ConcurrentHashMap<>();
    /**
     * Runs before a section is read: nothing for a file checked in full; for a file read section by section
     * ({@link ServerManager#of} on {@code SectionChecks}) it checks the section and refuses it when it has errors.
     */
    private java.util.function.Consumer<String> beforeRead = path -> { };
    /** A shared view's filters, read once each (an admin client asks for the same few again and again). */
    private final Map<String, FilterQuery> sharedQueries = new ConcurrentHashMap<>();

    Configuration(ConfigSchema schema, XmlDocument document, RuntimeProviders providers) {
        this(schema, document, providers, false);
    }

    private Configuration(ConfigSchema schema, XmlDocument document, RuntimeProviders providers, boolean shared) {
        this.schema = schema;
        this.providers = providers;
        this.shared = shared;
        this.draft = DraftDocument.of(document, schema);
    }

    /** A configuration that refuses every write, so that threads can read it at once without a lock. */
    static Configuration shared(ConfigSchema schema, XmlDocument document, RuntimeProviders providers) {
        return new Configuration(schema, document, providers, true);
    }

    /**
     * True for the read-only configuration a running host shares between readers (its admin endpoint): every write
     * throws {@link ReadOnlyConfigurationException}; a {@link ServerManager} gives one that can be changed.
     */
    public boolean isReadOnly() {
        return shared;
    }

    /** A section at the server level: {@code getSection("system.applicationHost/sites")}. */
    public ConfigurationSection getSection(String sectionPath) {
        return getSection(sectionPath, "");
    }

    /**
     * A section as it applies at a location path ("Site" or "Site/dir"): reads merge the server level, the site and
     * each folder on the way; writes go to {@code <location path="...">}, created when missing. "" is the server level.
     *
     * @throws ConfigurationNotFoundException when the schema has no such section
     * @throws IllegalArgumentException       for a server-level-only section at a location path
     */
    public ConfigurationSection getSection(String sectionPath, String locationPath) {
        String path = EDGE_SLASHES.matcher(sectionPath).replaceAll("");
        SectionSchema section = schema.section(path).orElseThrow(() -> new ConfigurationNotFoundException(path,
                "no section '" + path + "'" + Suggestions.didYouMean(path, schema.sections().keySet())));
        String location = SectionIndex.normalizeLocation(locationPath);
        beforeRead.accept(section.path());
        if (!location.isEmpty() && section.appHostOnly()) {
            throw new IllegalArgumentException("section " + path + " can only be set at the server level, not at location '"
                    + location + "'");
        }
        if (shared && sharedSections.size() < SHARED_SECTIONS) {
            return new ConfigurationSection(sharedSections.computeIfAbsent(path + '\u0000' + location,
                    k -> ConfiguredNode.section(this, section, location)));
        }
        return new ConfigurationSection(ConfiguredNode.section(this, section, location));
    }

    /**
     * The elements a PowerShell-style filter names, at the server level:
     * {@code /system.applicationHost/sites/site[@name='S']/ftpServer/sessions/session[@userName='bob']}.
     * Predicates compare attributes with {@code =} and {@code !=}, combine with {@code and}, {@code or} and
     * parentheses; values are quoted with {@code '} or {@code "} (double the quote inside). Strings, enums and flags
     * compare without regard to case.
     *
     * @throws InvalidFilterException saying what is wrong and where
     */
    public List<ConfigurationElement> select(String filter) {
        return select(filter, "");
    }

    /** {@link #select(String)} with the sections read at {@code locationPath}. */
    public List<ConfigurationElement> select(String filter, String locationPath) {
        return query(filter).select(this, SectionIndex.normalizeLocation(locationPath));
    }

    /** The filter compiled; a shared view keeps it (a filter that does not compile throws each time). */
    private FilterQuery query(String filter) {
        if (shared && filter != null && sharedQueries.size() < SHARED_SECTIONS) {
            return sharedQueries.computeIfAbsent(filter, f -> FilterQuery.compile(schema, f));
        }
        return FilterQuery.compile(schema, filter);
    }

    /**
     * The typed JAXB view of this configuration, uncommitted changes included. On a running host its runtime parts
     * ({@code ftpServer/@state}, {@code @lastStartupStatus}, {@code ftpServer/sessions/session}) are filled at the
     * moment of the call, as the config API shows them; the view is a copy, so changing it changes nothing.
     */
    public ConfigurationXml getTypedView() {
        schema.sections().keySet().forEach(beforeRead); // the view holds every section
        return TypedRuntimeView.fill(fileView(), this);
    }

    private static ConfigurationXml typedView(XmlDocument document) {
        return JaxbView.read(document.text(), document.displayName());
    }

    private ConfigurationXml fileView() {
        List<Edit> edits = edits();
        if (edits.isEmpty()) {
            return typedView(draft.document());
        }
        XmlDocument current = draft.document();
        try {
            return typedView(new SafeXmlReader().parse(current.path(), current.displayName(),
                    DocumentBytes.encode(DocumentEditor.apply(current, edits), current)));
        } catch (XmlSyntaxException | CharacterCodingException e) {
            throw new IllegalStateException("the changes to " + current.displayName() + " do not form a readable file: "
                    + e.getMessage(), e);
        }
    }

    /** True when there are changes that {@link ServerManager#commitChanges()} would write. */
    public boolean hasChanges() {
        return !edits().isEmpty();
    }

    // ------------------------------------------------------------------------------------------ for the package

    RuntimeProviders providers() {
        return providers;
    }

    DraftDocument draft() {
        return draft;
    }

    /** Has {@code check} run before each section is read (and throw to refuse it), until the next commit. */
    void checkSectionsWith(java.util.function.Consumer<String> check) {
        beforeRead = check;
    }

    /** Increases whenever the draft changes, so that element handles find their elements again. */
    long generation() {
        return generation;
    }

    void changed() {
        generation++;
    }

    /** Refuses a write to a shared read-only configuration before anything changes. */
    void checkWritable(ElementPath path) {
        if (shared) {
            throw new ReadOnlyConfigurationException(path.toString(), "this configuration is the running host's shared "
                    + "read-only view; open a ServerManager (FtpHost.serverManager()) to change " + path);
        }
    }

    /** Records a write to a runtime part (commit then refuses) and returns the exception to throw. */
    ReadOnlyConfigurationException refuseWrite(ElementPath path, String message) {
        ReadOnlyConfigurationException e = new ReadOnlyConfigurationException(path.toString(), message);
        if (refused == null && !shared) { // a shared view is never committed, and must not change under its readers
            refused = e;
        }
        return e;
    }

    /** The first refused write, or null. */
    ReadOnlyConfigurationException refused() {
        return refused;
    }

    List<Edit> edits() {
        return draft.edits();
    }

    /** After a commit: the file now holds the draft; edits are computed against it from here on. */
    void rebase(XmlDocument committed) {
        draft = DraftDocument.of(committed, schema);
        beforeRead = path -> { }; // the commit checked the whole file
        changed();
    }
}
