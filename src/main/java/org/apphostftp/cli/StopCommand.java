package org.apphostftp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stop site NAME}. */
@Command(name = "stop", description = "Stop a site of a running server.", subcommands = StopSiteCommand.class)
final class StopCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
