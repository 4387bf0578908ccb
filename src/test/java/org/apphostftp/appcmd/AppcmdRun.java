package org.apphostftp.appcmd;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apphostftp.cli.Main;

/** One appcmd command through the real CLI ({@code apphost-ftp appcmd ... --config FILE}): exit code and output. */
record AppcmdRun(int exit, String out, String err) {

    static AppcmdRun of(Path config, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("appcmd"));
        all.addAll(List.of(args));
        all.add("--config");
        all.add(config.toString());
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new AppcmdRun(exit, out.toString(), err.toString());
    }

    /** Runs {@code args} and fails the test unless the exit code is 0. */
    static AppcmdRun ok(Path config, String... args) {
        AppcmdRun run = of(config, args);
        if (run.exit != 0) {
            throw new AssertionError("appcmd " + String.join(" ", args) + " failed: " + run.err + run.out);
        }
        return run;
    }
}
