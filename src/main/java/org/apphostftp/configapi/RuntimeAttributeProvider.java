package org.apphostftp.configapi;

/**
 * Supplies the runtime attributes of one element of the configuration (for example {@code state} and
 * {@code lastStartupStatus} of a site's {@code ftpServer}). Called on every read; never cached by the API.
 */
@FunctionalInterface
public interface RuntimeAttributeProvider {

    /**
     * The current values for the element at {@code element} (its keys say which site, ...). Values the provider does
     * not know are null. Throw {@link ConfigurationNotFoundException} when the object is gone.
     */
    RuntimeValues read(ElementPath element);
}
