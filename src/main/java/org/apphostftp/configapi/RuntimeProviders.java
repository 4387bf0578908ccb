package org.apphostftp.configapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.schema.ElementSchema;

/**
 * The registry through which the running server fills the runtime parts of the configuration. Providers are
 * registered by schema element path (no keys): the API asks them on each read for the element at hand, passing its
 * {@link ElementPath} (site name, session id, ...). Nothing they return is cached or written to the file.
 *
 * <pre>{@code
 * RuntimeProviders.builder()
 *     .attributes("system.applicationHost/sites/site/ftpServer", site -> siteStates.of(site.key("site", "name").orElseThrow()))
 *     .collection("system.applicationHost/sites/site/ftpServer/sessions", s -> sessions.of(s.key("site", "name").orElseThrow()))
 *     .method("system.applicationHost/sites/site/ftpServer/sessions/session", "Terminate", (s, in) -> ...)
 *     .build();
 * }</pre>
 *
 * A new runtime part (say per-site statistics) is a {@code runtime="true"} element in the schema plus one more
 * registration here; the API, filters and rendering need no change.
 */
public final class RuntimeProviders {

    private static final String FTP_SERVER = "system.applicationHost/sites/site/ftpServer";

    private final Map<String, RuntimeAttributeProvider> attributes;
    private final Map<String, RuntimeCollectionProvider> collections;
    private final Map<String, RuntimeMethodProvider> methods;

    private RuntimeProviders(Builder b) {
        this.attributes = Map.copyOf(b.attributes);
        this.collections = Map.copyOf(b.collections);
        this.methods = Map.copyOf(b.methods);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No providers: every runtime attribute reads null, every runtime collection is empty, methods cannot run. */
    public static RuntimeProviders none() {
        return builder().build();
    }

    /**
     * What a {@link ServerManager} on a file uses when no server runs: {@code ftpServer/@state} reads
     * {@code Unknown} (as IIS reports a site whose service it cannot reach), {@code lastStartupStatus} null,
     * sessions are empty and methods cannot run.
     */
    public static RuntimeProviders offline() {
        return builder().attributes(FTP_SERVER, site -> name -> name.equals("state") ? "Unknown" : null).build();
    }

    Optional<RuntimeAttributeProvider> attributes(String schemaPath) {
        return Optional.ofNullable(attributes.get(schemaPath));
    }

    Optional<RuntimeCollectionProvider> collection(String schemaPath) {
        return Optional.ofNullable(collections.get(schemaPath));
    }

    Optional<RuntimeMethodProvider> method(String schemaPath, String methodName) {
        return Optional.ofNullable(methods.get(methodKey(schemaPath, methodName)));
    }

    private static String methodKey(String schemaPath, String methodName) {
        return schemaPath + "#" + methodName.toLowerCase(Locale.ROOT);
    }

    /** Fails with every registration that names no runtime part of {@code schema}. */
    void checkAgainst(ConfigSchema schema) {
        List<String> problems = new ArrayList<>();
        attributes.keySet().forEach(path -> element(schema, path, problems).ifPresent(e -> {
            if (!e.runtime() && e.attributes().values().stream().noneMatch(AttributeSchema::runtime)) {
                problems.add("attribute provider for " + path + ": the element has no runtime attributes");
            }
        }));
        collections.keySet().forEach(path -> element(schema, path, problems).ifPresent(e -> {
            if (e.collection().filter(c -> c.runtime() || e.runtime()).isEmpty()) {
                problems.add("collection provider for " + path + ": the element has no runtime collection");
            }
        }));
        methods.keySet().forEach(key -> {
            String path = key.substring(0, key.indexOf('#'));
            String method = key.substring(key.indexOf('#') + 1);
            element(schema, path, problems).ifPresent(e -> {
                if (e.method(method).isEmpty()) {
                    problems.add("method provider for " + path + ": the element has no method '" + method + "'");
                }
            });
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("runtime providers do not match the schema:\n" + String.join("\n", problems));
        }
    }

    private static Optional<ElementSchema> element(ConfigSchema schema, String path, List<String> problems) {
        Optional<ElementSchema> e = SchemaNavigator.element(schema, path);
        if (e.isEmpty()) {
            problems.add("no element " + path + " in the schema");
        }
        return e;
    }

    /** Collects registrations; a later registration for the same path replaces an earlier one. */
    public static final class Builder {
        private final Map<String, RuntimeAttributeProvider> attributes = new LinkedHashMap<>();
        private final Map<String, RuntimeCollectionProvider> collections = new LinkedHashMap<>();
        private final Map<String, RuntimeMethodProvider> methods = new LinkedHashMap<>();

        private Builder() {
        }

        /** The runtime attributes of the elements at {@code elementPath} (e.g. {@code .../site/ftpServer}). */
        public Builder attributes(String elementPath, RuntimeAttributeProvider provider) {
            attributes.put(normalize(elementPath), Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /** The items of the runtime collection held by the elements at {@code elementPath} (e.g. {@code .../sessions}). */
        public Builder collection(String elementPath, RuntimeCollectionProvider provider) {
            collections.put(normalize(elementPath), Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /** A method of the elements at {@code elementPath}; the name is matched without regard to case. */
        public Builder method(String elementPath, String methodName, RuntimeMethodProvider provider) {
            methods.put(methodKey(normalize(elementPath), methodName), Objects.requireNonNull(provider, "provider"));
            return this;
        }

        public RuntimeProviders build() {
            return new RuntimeProviders(this);
        }

        private static String normalize(String path) {
            return Objects.requireNonNull(path, "elementPath").replaceAll("^/+|/+$", "");
        }
    }
}
