package org.apphostftp.config.schema;

/** An operation of an element (Start, Stop, Terminate, ...). Methods are always runtime. */
public record MethodSchema(String name, String description) {
}
