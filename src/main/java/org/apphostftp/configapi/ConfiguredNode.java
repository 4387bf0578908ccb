package org.apphostftp.configapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apphostftp.config.Inheritance;
import org.apphostftp.config.SectionIndex;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.AttributeValues;
import org.apphostftp.config.schema.CollectionSchema;
import org.apphostftp.config.schema.ElementSchema;
import org.apphostftp.config.schema.SectionSchema;

/**
 * An element of the configuration file, seen through its inheritance chain in the draft. It finds its chain again
 * from its parent (by child name or item key) whenever the draft's structure has changed, so a handle stays valid
 * across edits and commits. Writes go to the most specific level, created when it is not written yet.
 */
final class ConfiguredNode extends Node {

    private enum Kind { SECTION, CHILD, DEFAULTS, ITEM, NEW_ITEM }

    /**
     * The written elements behind this node.
     *
     * @param inherited less specific levels (server level, siteDefaults, ...), least specific first
     * @param own       the element at this node's own level, or null when that level does not write it
     * @param chain     the inherited levels, then the own element when there is one (made once: every read walks it)
     */
    private record Resolution(List<DraftElement> inherited, DraftElement own, List<DraftElement> chain) {

        Resolution(List<DraftElement> inherited, DraftElement own) {
            this(inherited, own, own == null ? inherited : Inheritance.itemChain(inherited, own));
        }
    }

    private final ConfiguredNode parent;
    private final SectionSchema section;
    private final String locationPath;
    private final boolean underDefaults;
    private Kind kind;
    private String itemKey;
    private DraftElement detached;
    private Resolution resolution;
    private long resolvedAt = -1;
    /** A shared read-only configuration's items of this section's collection, read once ({@link SharedItems}). */
    private volatile SharedItems shared;

    private ConfiguredNode(Configuration configuration, ElementSchema schema, String name, ConfiguredNode parent, Kind kind,
                           SectionSchema section, String locationPath, boolean underDefaults) {
        super(configuration, schema, name);
        this.parent = parent;
        this.kind = kind;
        this.section = section;
        this.locationPath = locationPath;
        this.underDefaults = underDefaults;
    }

    static ConfiguredNode section(Configuration configuration, SectionSchema section, String locationPath) {
        return new ConfiguredNode(configuration, section.root(), section.elementName(), null, Kind.SECTION, section,
                locationPath, false);
    }

    private ConfiguredNode below(ElementSchema childSchema, String childName, Kind childKind) {
        return new ConfiguredNode(configuration, childSchema, childName, this, childKind, section, locationPath,
                underDefaults || childKind == Kind.DEFAULTS);
    }

    // ------------------------------------------------------------------------------------------ identity

    @Override
    ElementPath path() {
        return switch (kind) {
            case SECTION -> ElementPath.ofSection(section.path(), locationPath);
            case CHILD, DEFAULTS -> parent.path().child(name);
            case ITEM, NEW_ITEM -> parent.path().item(name, identifyingKeys(schema, this::value));
        };
    }

    @Override
    String schemaPath() {
        return kind == Kind.SECTION ? section.path() : parent.schemaPath() + "/" + name;
    }

    @Override
    boolean hasRuntime() {
        return !underDefaults;
    }

    @Override
    boolean readOnly() {
        return false;
    }

    // ------------------------------------------------------------------------------------------ resolution

    private Resolution resolve() {
        long generation = configuration.generation();
        if (resolution == null || resolvedAt != generation) {
            resolution = compute();
            resolvedAt = generation;
        }
        return resolution;
    }

    private Resolution compute() {
        return switch (kind) {
            case SECTION -> sectionLevels();
            case CHILD, DEFAULTS -> {
                Resolution p = parent.resolve();
                DraftElement own = p.own() == null ? null : Inheritance.child(p.own(), name).orElse(null);
                yield new Resolution(Inheritance.childChain(p.inherited(), name), own);
            }
            case ITEM -> findItem();
            case NEW_ITEM -> new Resolution(parent.itemDefaults(), detached);
        };
    }

    private Resolution sectionLevels() {
        List<String> levels = section.appHostOnly() ? List.of("") : SectionIndex.locationLevels(locationPath);
        List<DraftElement> inherited = new ArrayList<>();
        for (String level : levels.subList(0, levels.size() - 1)) {
            DraftElement e = configuration.draft().section(section.path(), level);
            if (e != null) {
                inherited.add(e);
            }
        }
        return new Resolution(inherited, configuration.draft().section(section.path(), levels.get(levels.size() - 1)));
    }

    private Resolution findItem() {
        for (Node item : parent.items()) {
            ConfiguredNode c = (ConfiguredNode) item;
            if (c.itemKey.equals(itemKey)) {
                return c.resolution;
            }
        }
        // not path(): it would look for this item again
        throw new IllegalStateException("this <" + name + "> of " + parent.path() + " is no longer in its collection (it was removed)");
    }

    private List<DraftElement> itemDefaults() {
        CollectionSchema collection = schema.collection().orElseThrow();
        return Inheritance.defaults(collection, resolve().chain());
    }

    /** The element at this node's own level, written now if it is not yet (with any missing ancestors). */
    private DraftElement materialize() {
        Resolution r = resolve();
        if (r.own() != null) {
            return r.own();
        }
        DraftElement created = switch (kind) {
            case SECTION -> configuration.draft().createSection(section, locationPath);
            case CHILD, DEFAULTS -> parent.materialize().append(name);
            case ITEM -> throw new IllegalStateException(describe() + " is inherited from a less specific level (the "
                    + "server level or a shorter location path); remove it here and add a changed copy instead");
            case NEW_ITEM -> throw new IllegalStateException("a new item always has its element");
        };
        configuration.changed();
        return created;
    }

    private String describe() {
        return "<" + name + "> " + path();
    }

    // ------------------------------------------------------------------------------------------ attributes

    @Override
    Object value(AttributeSchema attribute) {
        if (attribute.runtime()) {
            return Values.normalize(attribute, runtimeValues().get(attribute.name()), this);
        }
        String written = written(attribute.name());
        return written != null ? AttributeValues.parse(attribute, written) : attribute.typedDefault();
    }

    /** The text of an attribute from the most specific level that writes it, or null. */
    String written(String attributeName) {
        return Inheritance.writer(resolve().chain(), attributeName).map(e -> e.value(attributeName)).orElse(null);
    }

    @Override
    boolean fromDefault(AttributeSchema attribute) {
        return !attribute.runtime() && written(attribute.name()) == null;
    }

    @Override
    void write(String attributeName, String text) {
        materialize().set(attributeName, text);
        rekey(attributeName);
        configuration.changed();
    }

    @Override
    void delete(String attributeName) {
        DraftElement own = resolve().own();
        if (own != null && own.value(attributeName) != null) {
            own.remove(attributeName);
            rekey(attributeName);
            configuration.changed();
        }
    }

    /** A handle on an item keeps finding it after its key attribute changed. */
    private void rekey(String attributeName) {
        if (kind == Kind.ITEM && schema.attribute(attributeName).filter(AttributeSchema::isKey).isPresent()) {
            itemKey = Inheritance.key(schema, resolve().own());
        }
    }

    @Override
    Map<String, String> unrecognizedAttributes() {
        Map<String, String> out = new LinkedHashMap<>();
        for (DraftElement level : resolve().chain()) {
            level.attributes().forEach((n, v) -> {
                if (schema.attribute(n).isEmpty() && !n.startsWith("xmlns")) {
                    out.put(n, v);
                }
            });
        }
        return out;
    }

    @Override
    DraftElement writtenElement() {
        List<DraftElement> chain = resolve().chain();
        return chain.isEmpty() ? null : chain.get(chain.size() - 1);
    }

    @Override
    List<DraftElement> unrecognizedChildren() {
        Map<String, List<DraftElement>> byName = null; // made only for the rare file that has such elements
        for (DraftElement level : resolve().chain()) {
            Map<String, List<DraftElement>> here = null;
            for (DraftElement c : level.children()) {
                if (!isKnownChild(c.name())) {
                    here = here == null ? new LinkedHashMap<>() : here;
                    here.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
                }
            }
            if (here != null) {
                byName = byName == null ? new LinkedHashMap<>() : byName;
                byName.putAll(here); // a more specific level's elements of a name replace the inherited ones
            }
        }
        if (byName == null) {
            return List.of();
        }
        List<DraftElement> all = new ArrayList<>();
        byName.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    private boolean isKnownChild(String childName) {
        if (schema.child(childName).isPresent()) {
            return true;
        }
        return schema.collection().filter(c -> c.addElement().equals(childName) || c.remove().filter(childName::equals).isPresent()
                || c.clear().filter(childName::equals).isPresent() || c.defaults().filter(childName::equals).isPresent()).isPresent();
    }

    // ------------------------------------------------------------------------------------------ children and items

    @Override
    Node child(String childName, SchemaNavigator.StepKind stepKind) {
        ElementSchema childSchema = SchemaNavigator.next(schema, childName, stepKind);
        if (childSchema.runtime()) {
            return new RuntimeNode(configuration, childSchema, childName, this);
        }
        return below(childSchema, childName, stepKind == SchemaNavigator.StepKind.DEFAULTS ? Kind.DEFAULTS : Kind.CHILD);
    }

    @Override
    List<Node> items() {
        CollectionSchema collection = schema.collection().orElseThrow();
        if (collection.runtime()) {
            return runtimeItems();
        }
        return isShared() ? sharedItems().all() : configuredItems(collection);
    }

    /** A section of a shared read-only configuration: kept for every reader ({@link Configuration#getSection}). */
    private boolean isShared() {
        return kind == Kind.SECTION && configuration.isReadOnly();
    }

    @Override
    List<Node> itemsWithValue(AttributeSchema a, String value) {
        if (!isShared() || a.runtime() || schema.collection().orElseThrow().runtime()) {
            return items();
        }
        return sharedItems().withValue(a, value);
    }

    /** Made once however many threads ask at once: a shared configuration never changes. */
    private SharedItems sharedItems() {
        SharedItems s = shared;
        if (s == null) {
            synchronized (this) {
                s = shared;
                if (s == null) {
                    s = new SharedItems(configuredItems(schema.collection().orElseThrow()));
                    shared = s;
                }
            }
        }
        return s;
    }

    private List<Node> configuredItems(CollectionSchema collection) {
        Resolution r = resolve();
        List<DraftElement> chain = r.chain();
        int ownLevel = r.own() == null ? -1 : chain.size() - 1;
        List<Node> out = new ArrayList<>();
        for (Inheritance.Item<DraftElement> item : Inheritance.items(collection, chain)) {
            ConfiguredNode node = below(collection.itemSchema(), collection.addElement(), Kind.ITEM);
            node.itemKey = Inheritance.key(collection.itemSchema(), item.element());
            node.resolution = item.level() == ownLevel ? new Resolution(item.defaults(), item.element())
                    : new Resolution(item.chain(), null);
            node.resolvedAt = configuration.generation();
            out.add(node);
        }
        return out;
    }

    /** True when {@code item} is an item of this collection (handles from different reads compare by path). */
    boolean holds(ConfiguredNode item) {
        return item.parent != null && (item.parent == this || item.parent.path().equals(path()));
    }

    /** A new item, not yet in the collection: its attributes are set, then {@link #add} places it. */
    ConfiguredNode newItem(String tag) {
        CollectionSchema collection = schema.collection().orElseThrow();
        ConfiguredNode item = below(collection.itemSchema(), tag, Kind.NEW_ITEM);
        item.detached = DraftElement.create(tag, configuration.draft().document().root().location());
        return item;
    }

    void add(ConfiguredNode item) {
        CollectionSchema collection = schema.collection().orElseThrow();
        if (item.kind != Kind.NEW_ITEM || !holds(item)) {
            throw new IllegalArgumentException("only an element made by createElement() of " + path()
                    + " can be added to it, once");
        }
        for (AttributeSchema a : collection.itemSchema().attributes().values()) {
            if (a.required() && !a.runtime() && item.detached.value(a.name()) == null) {
                throw new IllegalArgumentException("cannot add <" + item.name + "> to " + path() + ": the required attribute '"
                        + a.name() + "' is not set");
            }
        }
        String key = Inheritance.key(collection.itemSchema(), item.detached);
        for (Node existing : items()) {
            if (((ConfiguredNode) existing).itemKey.equals(key)) {
                throw new IllegalArgumentException("cannot add <" + item.name + "> to " + path() + ": an item with the same key "
                        + "is already there (" + existing.path().filter() + "); IIS refuses duplicate keys");
            }
        }
        DraftElement target = materialize();
        target.adopt(item.detached, insertionIndex(target, collection));
        item.kind = Kind.ITEM;
        item.itemKey = key;
        item.detached = null;
        configuration.changed();
    }

    void remove(ConfiguredNode item) {
        CollectionSchema collection = schema.collection().orElseThrow();
        if (item.kind != Kind.ITEM || !holds(item)) {
            throw new IllegalArgumentException(item.path() + " is not an item of " + path());
        }
        Resolution r = item.resolve();
        if (r.own() != null) {
            r.own().parent().removeChild(r.own());
        } else {
            String verb = collection.remove().orElseThrow(() -> new IllegalStateException(item.describe()
                    + " is inherited and <" + name + "> has no <remove> element; clear() the collection here instead"));
            DraftElement source = r.inherited().get(r.inherited().size() - 1);
            DraftElement target = materialize();
            DraftElement remove = DraftElement.create(verb, target.location());
            for (AttributeSchema k : collection.itemSchema().keyAttributes()) {
                if (source.value(k.name()) != null) {
                    remove.set(k.name(), source.value(k.name()));
                }
            }
            target.adopt(remove, insertionIndex(target, collection));
        }
        configuration.changed();
    }

    void clear() {
        CollectionSchema collection = schema.collection().orElseThrow();
        if (collection.clear().isEmpty() && items().stream().anyMatch(i -> ((ConfiguredNode) i).resolution.own() == null)) {
            throw new IllegalStateException(path() + " inherits items and <" + name + "> has no <clear> element to hide them");
        }
        DraftElement target = materialize();
        for (DraftElement c : List.copyOf(target.children())) {
            if (isVerb(collection, c.name())) {
                target.removeChild(c);
            }
        }
        collection.clear().ifPresent(verb -> target.adopt(DraftElement.create(verb, target.location()), 0));
        configuration.changed();
    }

    private static boolean isVerb(CollectionSchema c, String childName) {
        return c.addElement().equals(childName) || c.remove().filter(childName::equals).isPresent()
                || c.clear().filter(childName::equals).isPresent();
    }

    /** After the last add/remove/clear of the collection; else before its defaults element; else at the end. */
    private static int insertionIndex(DraftElement target, CollectionSchema collection) {
        List<DraftElement> children = target.children();
        for (int i = children.size() - 1; i >= 0; i--) {
            if (isVerb(collection, children.get(i).name())) {
                return i + 1;
            }
        }
        int defaults = collection.defaults().map(target::indexOf).orElse(-1);
        return defaults >= 0 ? defaults : children.size();
    }
}
