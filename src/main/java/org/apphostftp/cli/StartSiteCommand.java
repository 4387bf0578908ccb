package org.apphostftp.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code start site NAME}: the site's ftpServer Start method. */
@Command(name = "site", description = {"Start a site (its ftpServer Start method): it listens again and takes sessions.",
        "Prints the site's state after, e.g. site 'Default FTP Site': Started."})
final class StartSiteCommand extends AdminCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The site name.")
    String name;

    @Override
    void run(AdminClient client, PrintWriter out) throws CommandFailure {
        SiteMethod.invoke(client, out, name, "start");
    }
}
