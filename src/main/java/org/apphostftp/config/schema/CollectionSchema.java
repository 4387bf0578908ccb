package org.apphostftp.config.schema;

import java.util.Optional;

/**
 * A collection inside an element: items named {@code addElement}, optional remove/clear verbs and an
 * optional {@code defaultElement} (such as siteDefaults) whose values every item inherits.
 */
public record CollectionSchema(
        String addElement,
        String removeElement,
        String clearElement,
        String defaultElement,
        ElementSchema itemSchema,
        boolean runtime,
        String description) {

    public Optional<String> remove() {
        return Optional.ofNullable(removeElement);
    }

    public Optional<String> clear() {
        return Optional.ofNullable(clearElement);
    }

    public Optional<String> defaults() {
        return Optional.ofNullable(defaultElement);
    }
}
