package org.apphostftp.cli;

import org.apphostftp.Version;
import picocli.CommandLine;

/** Prints the version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"apphost-ftp " + Version.current()};
    }
}
