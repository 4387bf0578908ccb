package org.apphostftp.admin;

import java.util.Map;

/** Builds the text of config API filters from request values, quoted so that no value can change the filter. */
final class FilterText {

    private FilterText() {
    }

    /** {@code 'value'}, with a quote inside doubled as the filter syntax wants. */
    static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** {@code [@a='x' and @b='y']} for the given attribute values, or "" when there are none. */
    static String predicate(Map<String, String> attributeValues) {
        if (attributeValues.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("[");
        String and = "";
        for (Map.Entry<String, String> e : attributeValues.entrySet()) {
            out.append(and).append('@').append(e.getKey()).append('=').append(quote(e.getValue()));
            and = " and ";
        }
        return out.append(']').toString();
    }
}
