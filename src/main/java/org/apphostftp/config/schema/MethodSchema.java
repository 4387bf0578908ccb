package org.apphostftp.config.schema;

/**
 * An operation of an element (Start, Stop, Terminate, ...). Methods are always runtime.
 *
 * @param input  the attributes a caller may set before executing ({@code <inputElement>}; empty when none)
 * @param output the attributes the method returns ({@code <outputElement>}; empty when none)
 */
public record MethodSchema(String name, String description, ElementSchema input, ElementSchema output) {
}
