package org.apphostftp.config.effective;

/**
 * A Java enum that mirrors an enum or flags attribute of the schema: each constant carries the schema's name
 * ({@code SslRequire}) and number. SchemaModelAgreementTest proves the constants match the schema's values.
 */
public interface IisEnum {

    /** The schema's name of this value. */
    String iisName();

    /** The number IIS uses for this value. */
    long value();

    /** The constant for a canonical schema name. */
    static <E extends Enum<E> & IisEnum> E fromName(Class<E> type, String iisName) {
        for (E e : type.getEnumConstants()) {
            if (e.iisName().equalsIgnoreCase(iisName)) {
                return e;
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no value named " + iisName);
    }

    /** The constant for a number. */
    static <E extends Enum<E> & IisEnum> E fromValue(Class<E> type, long value) {
        for (E e : type.getEnumConstants()) {
            if (e.value() == value) {
                return e;
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no value " + value);
    }
}
