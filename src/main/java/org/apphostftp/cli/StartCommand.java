package org.apphostftp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code start site NAME}. */
@Command(name = "start", description = "Start a site of a running server.", subcommands = StartSiteCommand.class)
final class StartCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
