package org.apphostftp.config.jaxb;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apphostftp.config.effective.IisEnum;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.Validation;
import org.apphostftp.config.schema.ValueType;

/** Shared conversions of the JAXB adapters: IIS enum and flag text (names or numbers) to Java enums and back. */
final class Adapters {

    private Adapters() {
    }

    static AttributeSchema synthetic(ValueType type) {
        return new AttributeSchema("value", type, null, false, false, false, false, false, false, Validation.NONE, List.of(), "");
    }

    static <E extends Enum<E> & IisEnum> E enumOf(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
            return IisEnum.fromValue(type, Long.parseLong(t));
        }
        return IisEnum.fromName(type, t);
    }

    static <E extends Enum<E> & IisEnum> Set<E> flagsOf(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        String t = text.trim();
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
            long bits = Long.parseLong(t);
            for (E e : type.getEnumConstants()) {
                if ((bits & e.value()) == e.value() && e.value() != 0) {
                    set.add(e);
                }
            }
            return set;
        }
        for (String name : t.split(",")) {
            if (!name.isBlank()) {
                set.add(IisEnum.fromName(type, name.trim()));
            }
        }
        return set;
    }

    static String flagsText(Set<? extends IisEnum> flags) {
        if (flags == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (IisEnum e : flags) {
            names.add(e.iisName());
        }
        return String.join(", ", names);
    }

    static String enumText(IisEnum value) {
        return value == null ? null : value.iisName();
    }

}
