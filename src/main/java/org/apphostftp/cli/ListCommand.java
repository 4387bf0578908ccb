package org.apphostftp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code list sites|sessions|config}: what a running server has now. */
@Command(name = "list", description = "Show the sites, live sessions or configuration of a running server.",
        subcommands = {ListSitesCommand.class, ListSessionsCommand.class, ListConfigCommand.class})
final class ListCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
