package org.apphostftp.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apphostftp.appcmd.Appcmd;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code appcmd ...} (also bin/appcmd): IIS's appcmd syntax, read by {@link Appcmd} rather than by picocli. */
@Command(name = "appcmd", description = {
        "IIS appcmd for the FTP parts of the configuration (run 'appcmd /?' for its own help), for example:",
        "  appcmd list site",
        "  appcmd set config -section:system.ftpServer/firewallSupport /lowDataChannelPort:5000 /commit:apphost",
        "Takes --config FILE like the other commands."})
final class AppcmdCommand implements Callable<Integer> {

    @Unmatched
    List<String> args = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return run(args, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs appcmd on {@code args}: {@code --config FILE} (or {@code /apphostconfig:FILE}) anywhere, the rest appcmd's. */
    static int run(List<String> args, java.io.PrintWriter out, java.io.PrintWriter err) {
        String config = ConfigOption.defaultConfig();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--config") && i + 1 < args.size()) {
                config = args.get(++i);
            } else if (arg.startsWith("--config=")) {
                config = arg.substring("--config=".length());
            } else if (arg.regionMatches(true, 0, "/apphostconfig:", 0, "/apphostconfig:".length())) {
                config = arg.substring("/apphostconfig:".length());
            } else {
                rest.add(arg);
            }
        }
        String displayName = config;
        return new Appcmd(java.nio.file.Path.of(config), displayName, manager -> AdminSiteRuntime.of(manager, displayName))
                .run(rest, out, err);
    }
}
