package org.apphostftp.config.effective;

import java.nio.file.Path;
import java.util.List;
import org.apphostftp.config.location.Problem;

/**
 * An applicationHost.config read and checked once, ready to be served: {@code FtpHost.load(path)} makes it,
 * {@code FtpHost.start(loaded)} serves it without reading the file again, so a program can show the problems first
 * (as {@code apphost-ftp serve} does) and then start exactly what it checked. Opaque: only the loader of this library
 * makes one; {@code FtpHost.start} and {@code ServerManager.of} refuse any other implementation.
 */
public interface LoadedConfiguration {

    /** The file that was read. */
    Path configFile();

    /** Every problem found, errors and warnings, sorted by file, line and column. */
    List<Problem> problems();

    /** True when there is no error: the configuration can be served. */
    default boolean ok() {
        return errors().isEmpty();
    }

    /** The problems that stop the configuration from being served. */
    default List<Problem> errors() {
        return problems().stream().filter(Problem::isError).toList();
    }

    /** The problems that are reported but served anyway. */
    default List<Problem> warnings() {
        return problems().stream().filter(p -> !p.isError()).toList();
    }
}
