package org.apphostftp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apphostftp.audit.AuditTrail;
import org.apphostftp.configapi.ConfigurationApiException;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ServerManager;
import org.apphostftp.security.SelfSignedCertificate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cert new}: FTPS in one command. */
@Command(name = "cert", description = "Server certificates for FTPS.", subcommands = CertCommand.New.class)
final class CertCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "new", description = {
            "Create a key and a self-signed certificate beside the config file (the key readable by its owner only),",
            "set them as the site's serverCertFile/serverCertKeyFile (a running server applies it within 2 seconds),",
            "and print the SHA-256 fingerprint with the lines curl, lftp and FileZilla need."})
    static final class New implements Callable<Integer> {

        private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

        @Mixin
        private ConfigOption config;

        @Option(names = "--site", required = true, paramLabel = "NAME", description = "The site (site/@name).")
        private String site;

        @Option(names = "--dns", paramLabel = "HOST", description = "A DNS name clients use (repeatable; default: this "
                + "machine's name and localhost). The site's numeric binding addresses are added as IP names.")
        private List<String> dns = new ArrayList<>();

        @Option(names = "--days", paramLabel = "N", defaultValue = "365", description = "Days of validity (default ${DEFAULT-VALUE}).")
        private int days;

        @Option(names = "--force", description = "Replace the site's certificate files when they exist.")
        private boolean force;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            AuditTrail audit = AuditTrail.forConfig(config.path()).withoutServerLog();
            try {
                if (days < 1 || days > 3650) {
                    throw new CommandFailure("--days must be from 1 to 3650, not " + days);
                }
                for (String name : dns) {
                    if (!name.matches("(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,62}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*")) {
                        throw new CommandFailure("--dns '" + name + "' is not a DNS name (letters, digits, '-' and '.')");
                    }
                }
                Path configFile = config.path().toAbsolutePath().normalize();
                String done = create(configFile, out);
                audit.record("cert new", "site " + site, "ok: " + done);
                return 0;
            } catch (CommandFailure | ConfigurationApiException | IOException e) {
                audit.record("cert new", "site " + site, "failed: " + e.getMessage());
                spec.commandLine().getErr().println("apphost-ftp: " + e.getMessage());
                return 1;
            }
        }

        private String create(Path configFile, PrintWriter out) throws CommandFailure, IOException {
            if (!Files.isRegularFile(configFile)) {
                throw new CommandFailure("no configuration file at " + configFile);
            }
            try (ServerManager manager = new ServerManager(configFile)) {
                ConfigurationElement element = manager.getApplicationHostConfiguration().getSection("system.applicationHost/sites")
                        .getCollection().find("name", site)
                        .orElseThrow(() -> new CommandFailure("no such site: " + site + " (in " + configFile + ")"));
                List<String[]> bindings = ftpBindings(element);
                List<InetAddress> addresses = new ArrayList<>();
                for (String[] b : bindings) {
                    if (!b[0].equals("*") && !b[0].isEmpty() && !addresses.contains(InetAddress.getByName(b[0]))) {
                        addresses.add(InetAddress.getByName(b[0])); // numeric: no lookup
                    }
                }
                List<String> names = new ArrayList<>(dns.isEmpty() ? defaultNames() : new LinkedHashSet<>(dns));
                SelfSignedCertificate made = SelfSignedCertificate.create(names, addresses, Duration.ofDays(days), Instant.now());

                String base = "ftps-" + site.replaceAll("[^A-Za-z0-9._-]", "-");
                Path certFile = configFile.getParent().resolve(base + ".crt");
                Path keyFile = configFile.getParent().resolve(base + ".key");
                writeKey(keyFile, made.keyPem(), configFile);
                write(certFile, made.certificatePem(), "rw-r--r--", configFile);

                ConfigurationElement ssl = element.getChildElement("ftpServer").getChildElement("security").getChildElement("ssl");
                ssl.setAttributeValue("serverCertFile", certFile.getFileName().toString());
                ssl.setAttributeValue("serverCertKeyFile", keyFile.getFileName().toString());
                manager.commitChanges();

                String host = names.get(0);
                String port = bindings.isEmpty() ? "21" : bindings.get(0)[1];
                String fingerprint = made.sha256Fingerprint();
                out.println("created " + keyFile + " (private key, mode 0600) and " + certFile);
                out.println("  self-signed ECDSA P-256, CN=" + host + ", names: " + String.join(", ", names)
                        + (addresses.isEmpty() ? "" : ", " + String.join(", ", addresses.stream().map(InetAddress::getHostAddress).toList()))
                        + "; valid until " + DAY.format(made.certificate().getNotAfter().toInstant()));
                out.println("site '" + site + "' uses them now: serverCertFile and serverCertKeyFile committed to " + configFile
                        + " (a running server applies it within 2 seconds)");
                out.println("SHA-256 fingerprint: " + fingerprint);
                out.println();
                out.println("curl:      curl --ssl-reqd --cacert " + certFile + " ftp://" + host + ":" + port + "/");
                out.println("lftp:      lftp -e 'set ftp:ssl-force true; set ssl:ca-file " + certFile + "' ftp://" + host + ":" + port);
                out.println("FileZilla: Site Manager > Encryption: Require explicit FTP over TLS, host " + host + ", port " + port
                        + "; at the first connection accept the certificate whose SHA-256 fingerprint is the one above");
                out.flush();
                return certFile.getFileName() + ", " + keyFile.getFileName() + ", SHA-256 " + fingerprint;
            }
        }

        /** {address, port} of each FTP binding ({@code 127.0.0.1:2121:} gives {127.0.0.1, 2121}). */
        private static List<String[]> ftpBindings(ConfigurationElement site) {
            List<String[]> out = new ArrayList<>();
            for (ConfigurationElement b : site.getChildElement("bindings").getCollection()) {
                String info = String.valueOf(b.getAttributeValue("bindingInformation"));
                if (!"ftp".equalsIgnoreCase(String.valueOf(b.getAttributeValue("protocol")))) {
                    continue;
                }
                int last = info.lastIndexOf(':');
                int portStart = last > 0 ? info.lastIndexOf(':', last - 1) : -1;
                if (portStart < 0) {
                    continue;
                }
                String address = info.substring(0, portStart).replace("[", "").replace("]", "");
                out.add(new String[] {address, info.substring(portStart + 1, last)});
            }
            return out;
        }

        private static List<String> defaultNames() {
            Set<String> names = new LinkedHashSet<>();
            try {
                String local = InetAddress.getLocalHost().getCanonicalHostName();
                if (local.matches("[A-Za-z0-9.-]+") && !local.matches("[0-9.]+")) {
                    names.add(local);
                }
            } catch (UnknownHostException e) {
                // no name for this machine: localhost only
            }
            names.add("localhost");
            return new ArrayList<>(names);
        }

        private void writeKey(Path file, String pem, Path configFile) throws CommandFailure, IOException {
            if (Files.exists(file) && !force) {
                throw new CommandFailure(file + " exists; give --force to replace the site's key and certificate");
            }
            Files.deleteIfExists(file);
            boolean posix = Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) != null;
            try {
                if (posix) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
            } catch (FileAlreadyExistsException e) {
                throw new CommandFailure(file + " was created by someone else meanwhile; run again", e);
            }
            Files.writeString(file, pem, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            sameOwnerAs(file, configFile);
        }

        private void write(Path file, String pem, String mode, Path configFile) throws CommandFailure, IOException {
            if (Files.exists(file) && !force) {
                throw new CommandFailure(file + " exists; give --force to replace the site's key and certificate");
            }
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
            if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            }
            sameOwnerAs(file, configFile);
        }

        /** Run as root for a server that runs as its own user: the server must be able to read the key. */
        private static void sameOwnerAs(Path file, Path configFile) throws IOException {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (view == null || !"root".equals(System.getProperty("user.name"))) {
                return;
            }
            PosixFileAttributes owner = Files.readAttributes(configFile, PosixFileAttributes.class);
            view.setOwner(owner.owner());
            view.setGroup(owner.group());
        }
    }
}
