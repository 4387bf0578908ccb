package org.apphostftp.configapi;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The methods of an element. {@code get("terminate")} finds {@code Terminate}: names match without regard to case. */
public final class ConfigurationMethodCollection implements Iterable<ConfigurationMethod> {

    private final Node node;
    private final List<ConfigurationMethod> methods;

    ConfigurationMethodCollection(Node node) {
        this.node = node;
        this.methods = node.hasRuntime()
                ? node.schema.methods().values().stream().map(m -> new ConfigurationMethod(node, m)).toList()
                : List.of();
    }

    public int size() {
        return methods.size();
    }

    /** The method, or empty when the element has none of that name. */
    public Optional<ConfigurationMethod> find(String name) {
        return methods.stream().filter(m -> m.getName().equalsIgnoreCase(name)).findFirst();
    }

    /** The method named {@code name} in any case; a {@link ConfigurationNotFoundException} naming it when there is none. */
    public ConfigurationMethod get(String name) {
        return find(name).orElseThrow(() -> new ConfigurationNotFoundException(node.path().toString(), "<" + node.name
                + "> has no method '" + name + "'" + (methods.isEmpty() ? "" : " (it has "
                + String.join(", ", methods.stream().map(ConfigurationMethod::getName).toList()) + ")") + " (at " + node.path() + ")"));
    }

    @Override
    public Iterator<ConfigurationMethod> iterator() {
        return methods.iterator();
    }
}
