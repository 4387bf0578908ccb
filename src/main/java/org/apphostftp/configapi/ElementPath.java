package org.apphostftp.configapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an element is: its section, the location path it is read at, and the steps below the section, each
 * collection item with the key values that identify it. Printed in the filter syntax that
 * {@link Configuration#select(String, String)} reads back:
 * {@code /system.applicationHost/sites/site[@name='S']/ftpServer/sessions/session[@sessionId='…']}.
 *
 * <p>Runtime providers receive it to know which live object is asked for: {@code path.key("site", "name")} is the
 * site, {@code path.key("session", "sessionId")} the session.
 *
 * @param sectionPath  e.g. {@code system.applicationHost/sites}
 * @param locationPath "" for the server level, else the {@code <location path>} ("Site", "Site/dir")
 * @param steps        the elements below the section element, outermost first
 */
public record ElementPath(String sectionPath, String locationPath, List<Step> steps) {

    /**
     * One element below the section.
     *
     * @param name the element name ({@code site}, {@code ftpServer})
     * @param keys for a collection item, the attributes that identify it (its first unique key, or all of its
     *             combined keys) as text, in schema order; empty for other elements
     */
    public record Step(String name, Map<String, String> keys) {
        public Step {
            Objects.requireNonNull(name, "name");
            keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        }

        public boolean isItem() {
            return !keys.isEmpty();
        }
    }

    public ElementPath {
        Objects.requireNonNull(sectionPath, "sectionPath");
        Objects.requireNonNull(locationPath, "locationPath");
        steps = List.copyOf(steps);
    }

    /** The path of a section element. */
    public static ElementPath ofSection(String sectionPath, String locationPath) {
        return new ElementPath(sectionPath, locationPath, List.of());
    }

    /** The path of a child element of this one. */
    public ElementPath child(String name) {
        return with(new Step(name, Map.of()));
    }

    /** The path of a collection item of this element. */
    public ElementPath item(String name, Map<String, String> keys) {
        return with(new Step(name, keys));
    }

    private ElementPath with(Step step) {
        List<Step> longer = new ArrayList<>(steps.size() + 1);
        longer.addAll(steps);
        longer.add(step);
        return new ElementPath(sectionPath, locationPath, longer);
    }

    /** The key value of the innermost step named {@code elementName}: {@code key("site", "name")}. */
    public Optional<String> key(String elementName, String attributeName) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).name().equals(elementName) && steps.get(i).keys().containsKey(attributeName)) {
                return Optional.of(steps.get(i).keys().get(attributeName));
            }
        }
        return Optional.empty();
    }

    /** The element's path in the schema, without keys: {@code system.applicationHost/sites/site/ftpServer}. */
    public String schemaPath() {
        StringBuilder out = new StringBuilder(sectionPath);
        for (Step s : steps) {
            out.append('/').append(s.name());
        }
        return out.toString();
    }

    /** The element in filter syntax, without the location: {@code /system.applicationHost/sites/site[@name='S']}. */
    public String filter() {
        StringBuilder out = new StringBuilder("/").append(sectionPath);
        for (Step s : steps) {
            out.append('/').append(s.name());
            if (s.isItem()) {
                out.append('[');
                String separator = "";
                for (Map.Entry<String, String> k : s.keys().entrySet()) {
                    out.append(separator).append('@').append(k.getKey()).append("='")
                            .append(k.getValue().replace("'", "''")).append('\'');
                    separator = " and ";
                }
                out.append(']');
            }
        }
        return out.toString();
    }

    /** The filter, preceded by {@code location 'Site': } when the element is read at a location. */
    @Override
    public String toString() {
        return locationPath.isEmpty() ? filter() : "location '" + locationPath + "': " + filter();
    }
}
