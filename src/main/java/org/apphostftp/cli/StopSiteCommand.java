package org.apphostftp.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code stop site NAME}: the site's ftpServer Stop method. */
@Command(name = "site", description = {"Stop a site (its ftpServer Stop method): its ports close and its sessions get 421.",
        "It stays stopped until start site (or a change of its serverAutoStart)."})
final class StopSiteCommand extends AdminCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The site name.")
    String name;

    @Override
    void run(AdminClient client, PrintWriter out) throws CommandFailure {
        SiteMethod.invoke(client, out, name, "stop");
    }
}
