package org.apphostftp.config.schema;

/** One enum or flag value of an attribute: its canonical name and its number. */
public record NamedValue(String name, long value) {
}
