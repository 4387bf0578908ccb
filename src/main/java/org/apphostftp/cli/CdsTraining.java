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
        String config = args.length > 0 ? args[0] : ConfigOption.defaultConfig();
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
        trainHttp(nowhere);
    }

    /**
     * {@code status} and {@code list sessions} once more, against a loopback HTTP listener of this process that answers
     * every request with an empty session list: the archive then also holds the HTTP client classes (the training runs
     * with no server, so the commands above stop at "connection refused").
     */
    private static void trainHttp(PrintWriter nowhere) {
        com.sun.net.httpserver.HttpServer http = null;
        java.nio.file.Path folder = null;
        try {
            http = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/", exchange -> {
                byte[] body = "{\"sessions\":[],\"version\":\"training\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            http.start();
            folder = java.nio.file.Files.createTempDirectory("apphost-ftp-cds");
            java.nio.file.Path config = folder.resolve("applicationHost.config");
            java.nio.file.Files.writeString(folder.resolve("management.token"), "training\n");
            java.nio.file.Files.writeString(config, "<configuration><system.ftpServer><management bindingInformation=\"127.0.0.1:"
                    + http.getAddress().getPort() + "\" tokenFile=\"management.token\" /></system.ftpServer></configuration>\n");
            Main.run(nowhere, nowhere, "status", "--config", config.toString());
            Main.run(nowhere, nowhere, "list", "sessions", "--config", config.toString());
        } catch (java.io.IOException e) {
            // an archive without the HTTP classes still works
        } finally {
            if (http != null) {
                http.stop(0);
            }
            if (folder != null) {
                for (String name : new String[] {"applicationHost.config", "management.token", ""}) {
                    folder.resolve(name).toFile().delete();
                }
            }
        }
    }
}
