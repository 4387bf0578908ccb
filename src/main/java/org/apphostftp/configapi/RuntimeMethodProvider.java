package org.apphostftp.configapi;

/**
 * Runs a method of an element ({@code Terminate} of a session, {@code Start} of a site's ftpServer).
 */
@FunctionalInterface
public interface RuntimeMethodProvider {

    /**
     * Runs the method on the element at {@code element} with the input the caller set (typed values of the method's
     * inputElement) and returns the output values ({@link RuntimeValues#EMPTY} when the method has none). Throw
     * {@link ConfigurationNotFoundException} when the target is not live.
     */
    RuntimeValues invoke(ElementPath element, RuntimeValues input);
}
