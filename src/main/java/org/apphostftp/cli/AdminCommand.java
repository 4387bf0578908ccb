package org.apphostftp.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that talks to a running server through its admin endpoint. Failures are printed on stderr as they are
 * ({@code cannot reach apphost-ftp at 127.0.0.1:8021: connection refused}, {@code no such session: ID}), exit code 1.
 */
abstract class AdminCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        return execute(this, config, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs {@code command} against the server of {@code config}; the exit code. */
    static int execute(AdminCommand command, ConfigOption config, PrintWriter out, PrintWriter err) {
        try {
            command.run(AdminClient.of(config), out);
            out.flush();
            return 0;
        } catch (CommandFailure e) {
            out.flush();
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
    }

    abstract void run(AdminClient client, PrintWriter out) throws CommandFailure;
}
