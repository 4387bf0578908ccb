package org.apphostftp.configapi;

import java.util.List;

/**
 * Supplies the items of a runtime collection (for example the live sessions of one site). Called each time the
 * collection is read; the returned list is the snapshot that collection object shows.
 */
@FunctionalInterface
public interface RuntimeCollectionProvider {

    /** The items of the collection held by the element at {@code element}, in the order to show them. */
    List<? extends RuntimeValues> items(ElementPath element);
}
