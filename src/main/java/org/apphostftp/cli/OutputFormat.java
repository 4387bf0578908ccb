package org.apphostftp.cli;

import picocli.CommandLine.Option;

/** {@code --json} or {@code --xml}: the endpoint's machine forms instead of a table. */
final class OutputFormat {

    @Option(names = "--json", description = "Print JSON, as GET /api/... answers it.")
    boolean json;

    @Option(names = "--xml", description = "Print XML in the shape of applicationHost.config.")
    boolean xml;
}
