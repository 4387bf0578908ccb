package org.apphostftp.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The training run of the class-data sharing archive bin/apphost-ftp builds beside the jar: the client commands once
 * each on a configuration, their output discarded, so that the archive holds the classes they load.
 * {@code java -XX:ArchiveClassesAtExit=target/apphost-ftp.jsa -cp target/apphost-ftp.jar org.apphostftp.cli.CdsTraining CONFIG}
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) {
        String config = args.length > 0 ? args[0] : ConfigOption.DEFAULT;
        ClientLogging.chooseFor(new String[] {"validate"});
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        String[][] commands = {
                {"--help"},
                {"validate", "--config", config},
                {"list", "sessions", "--config", config},
                {"list", "sites", "--config", config},
                {"status", "--config", config},
                {"user", "list", "--config", config},
                {"appcmd", "list", "site", "--config", config},
                {"appcmd", "list", "site", "/xml", "--config", config},
                {"appcmd", "list", "vdir", "--config", config},
                {"appcmd", "list", "config", "/section:system.applicationHost/sites", "--config", config},
                {"appcmd", "set", "site", "no such site", "/serverAutoStart:true", "--config", config},
        };
        for (String[] command : commands) {
            Main.run(nowhere, nowhere, command);
        }
    }
}
