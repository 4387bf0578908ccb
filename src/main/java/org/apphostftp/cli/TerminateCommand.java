package org.apphostftp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code terminate session|sessions}: end live sessions (their clients get 421). */
@Command(name = "terminate", description = "End live sessions of a running server; their clients get 421.",
        subcommands = {TerminateSessionCommand.class, TerminateSessionsCommand.class})
final class TerminateCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
