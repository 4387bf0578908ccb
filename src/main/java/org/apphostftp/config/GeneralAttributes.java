package org.apphostftp.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apphostftp.config.xml.XmlAttribute;
import org.apphostftp.config.xml.XmlElement;

/**
 * IIS's general attributes, valid on any element of any section ("General Attributes Inherited by IIS Configuration"):
 * the locks that keep a {@code <location>} from overriding what the server level set. They are accepted everywhere in
 * the FTP parts, kept byte for byte on write, and honoured by {@link LockRules}.
 */
final class GeneralAttributes {

    static final String LOCK_ATTRIBUTES = "lockAttributes";
    static final String LOCK_ALL_ATTRIBUTES_EXCEPT = "lockAllAttributesExcept";
    static final String LOCK_ELEMENTS = "lockElements";
    static final String LOCK_ALL_ELEMENTS_EXCEPT = "lockAllElementsExcept";
    static final String LOCK_ITEM = "lockItem";

    private static final Set<String> NAMES = Set.of(LOCK_ATTRIBUTES, LOCK_ALL_ATTRIBUTES_EXCEPT, LOCK_ELEMENTS,
            LOCK_ALL_ELEMENTS_EXCEPT, LOCK_ITEM);

    private GeneralAttributes() {
    }

    static boolean isGeneral(String attributeName) {
        return NAMES.contains(attributeName);
    }

    /** What is wrong with a written general attribute's value, or empty when it is fine. */
    static Optional<String> problem(XmlAttribute attribute) {
        if (attribute.name().equals(LOCK_ITEM)) {
            String v = attribute.value().trim();
            return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? Optional.empty()
                    : Optional.of("attribute 'lockItem' must be true or false, got '" + attribute.value() + "'");
        }
        return Optional.empty(); // a list of names; a name that matches nothing locks nothing, as in IIS
    }

    /** The names listed in a lock attribute of {@code element} (lower case), or empty when it is not written. */
    static Optional<Set<String>> names(XmlElement element, String lockAttribute) {
        String raw = element.value(lockAttribute);
        if (raw == null) {
            return Optional.empty();
        }
        List<String> names = Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
        return Optional.of(Set.copyOf(names));
    }

    static boolean lockItem(XmlElement element) {
        String v = element.value(LOCK_ITEM);
        return v != null && v.trim().equalsIgnoreCase("true");
    }
}
