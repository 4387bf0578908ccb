package org.apphostftp.configapi;

import java.util.Map;

/**
 * The attribute values of one runtime object (a session, a site's ftpServer state) as a runtime provider hands them
 * over: {@code get(name)} returns the value or null when there is none. Values are what
 * {@link ConfigurationElement#getAttributeValue(String)} returns (String, Boolean, Integer, Long, Duration, enum names);
 * numbers of any width, Java enums with IIS names ({@code IisEnum}) and enum numbers are accepted and converted.
 *
 * <p>Only the attributes the schema declares are asked for, each at most once per read of an element, so an
 * implementation over a live object (a switch on the name) needs no copying.
 */
@FunctionalInterface
public interface RuntimeValues {

    /** No values. */
    RuntimeValues EMPTY = name -> null;

    /** The value of {@code attributeName}, or null. */
    Object get(String attributeName);

    /** Values from a map. */
    static RuntimeValues of(Map<String, ?> values) {
        Map<String, ?> copy = Map.copyOf(values);
        return copy::get;
    }
}
