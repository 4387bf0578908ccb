package org.apphostftp.config.schema;

/**
 * A value check beyond the type, as IIS writes it: {@code validationType} and {@code validationParameter}.
 *
 * @param type      integerRange, nonEmptyString, siteName, virtualPath, bindingInformation, or "" for none
 * @param parameter for integerRange, "min,max"
 */
public record Validation(String type, String parameter) {

    public static final Validation NONE = new Validation("", "");

    /** The [min, max] of an integerRange. */
    public long[] range() {
        String[] parts = parameter.split(",");
        return new long[] {Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim())};
    }
}
