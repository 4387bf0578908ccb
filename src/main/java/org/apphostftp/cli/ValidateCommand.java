package org.apphostftp.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.location.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code validate}: every problem as FILE:LINE:COL, exit 1 on any error; never writes the file. */
@Command(name = "validate", description = {
        "Check a configuration without starting anything.",
        "Prints every error and warning as FILE:LINE:COL: message (on stderr) and exits 1 when there is an error;",
        "otherwise prints a summary such as 'ok: 2 sites (2 FTP), 3 FTP bindings' and exits 0."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private ConfigOption config;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return validate(config, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Loads and validates {@code config} in full; the exit code. */
    static int validate(ConfigOption config, PrintWriter out, PrintWriter err) {
        LoadResult result = loadAndReport(ConfigLoader.standard(), config, err);
        if (!result.ok()) {
            return 1;
        }
        out.println(summary(result));
        out.flush();
        return 0;
    }

    /** Loads the configuration and prints every problem as FILE:LINE:COL (shared by validate and serve). */
    static LoadResult loadAndReport(ConfigLoader loader, ConfigOption config, PrintWriter err) {
        LoadResult result = loader.load(config.path(), config.config);
        for (Problem p : result.problems()) {
            err.println(p);
        }
        err.flush();
        return result;
    }

    /**
     * What the file holds, so that a web-only file does not look empty: "ok: 6 sites (0 FTP), 0 FTP bindings"
     * (warnings, if any, are on stderr already).
     */
    static String summary(LoadResult result) {
        ServerConfig config = result.config().orElseThrow();
        int written = result.documents().get(0).root().child("system.applicationHost")
                .flatMap(a -> a.child("sites")).map(s -> s.children("site").size()).orElse(0);
        int ftp = config.sites().size();
        int bindings = config.sites().stream().mapToInt(s -> s.bindings().size()).sum();
        return "ok: " + Plural.of(written, "site") + " (" + ftp + " FTP), " + Plural.of(bindings, "FTP binding");
    }
}
