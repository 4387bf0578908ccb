package org.apphostftp.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apphostftp.config.effective.Endpoint;
import org.apphostftp.config.effective.FtpBinding;
import org.apphostftp.config.effective.NumericAddress;
import org.apphostftp.config.effective.PasswordHash;
import org.apphostftp.config.location.Location;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.schema.InvalidValueException;
import org.apphostftp.config.schema.SectionSchema;
import org.apphostftp.config.xml.XmlElement;

/**
 * Rules that span elements or touch the machine: unique site names and ids, binding conflicts, ports, folders that
 * must exist, location paths, certificates, passwords. Runs after {@link StructureValidator} and tolerates the bad
 * values that one already reported.
 */
final class SemanticValidator {

    private static final Set<String> BUILT_IN_PROVIDERS = Set.of("iismanagerauth");

    private final ConfigSchema schema;
    private final List<Problem> problems;
    private final PathExpander paths;

    SemanticValidator(ConfigSchema schema, List<Problem> problems, PathExpander paths) {
        this.schema = schema;
        this.problems = problems;
        this.paths = paths;
    }

    void validate(SectionIndex main, Optional<SectionIndex> administration) {
        List<ResolvedElement> sites = writtenSites(schema, main);
        uniqueNamesAndIds(sites);
        Map<String, String> endpoints = new HashMap<>();
        Map<Integer, String> addressByPort = new HashMap<>();
        Map<String, Boolean> implicitByEndpoint = new HashMap<>();
        for (ResolvedElement site : sites) {
            if (safe(() -> isFtpSite(site)).orElse(false)) {
                ftpSite(site, endpoints, addressByPort, implicitByEndpoint);
            }
        }
        locations(main, sites);
        global(main);
        credentials(credentialStore(schema, main, administration));
        administration.ifPresent(this::administrationOnlyHoldsCredentials);
    }

    // ------------------------------------------------------------------------------------------ sites

    private void uniqueNamesAndIds(List<ResolvedElement> sites) {
        Map<String, ResolvedElement> names = new HashMap<>();
        Map<Long, ResolvedElement> ids = new HashMap<>();
        for (ResolvedElement site : sites) {
            String name = site.element().orElseThrow().value("name");
            if (name != null) {
                ResolvedElement first = names.putIfAbsent(name.toLowerCase(Locale.ROOT), site);
                if (first != null) {
                    error(site.origin("name").orElseThrow(), label(site) + ": duplicate site name (also at line "
                            + line(first) + ")");
                }
            }
            Optional<Long> id = safe(() -> site.element().orElseThrow().value("id") == null ? null : site.longValue("id"));
            if (id.isPresent()) {
                ResolvedElement first = ids.putIfAbsent(id.get(), site);
                if (first != null) {
                    error(site.origin("id").orElseThrow(), label(site) + ": duplicate id " + id.get() + " (already used by "
                            + label(first) + " at line " + line(first) + ")");
                }
            }
        }
    }

    private void ftpSite(ResolvedElement site, Map<String, String> endpoints, Map<Integer, String> addressByPort,
                         Map<String, Boolean> implicitByEndpoint) {
        String label = label(site);
        for (ResolvedElement b : ftpBindingElements(site).toList()) {
            Location where = b.origin("bindingInformation").orElse(b.element().orElseThrow().location());
            String info = b.element().orElseThrow().value("bindingInformation");
            if (info == null) {
                continue; // missing attribute already reported
            }
            FtpBinding binding;
            try {
                binding = FtpBinding.parse(info, safe(() -> b.bool("implicitSsl")).orElse(false));
            } catch (InvalidValueException e) {
                error(where, label + ": binding '" + info + "': " + e.getMessage());
                continue;
            }
            String key = binding.endpoint() + ":" + binding.host();
            String owner = endpoints.putIfAbsent(key, label + " at line " + where.line());
            if (owner != null) {
                error(where, label + ": binding '" + info + "' uses the same IP:port:host as " + owner);
            }
            String addressOwner = addressByPort.putIfAbsent(binding.endpoint().port(), binding.endpoint().address());
            if (addressOwner != null && !addressOwner.equals(binding.endpoint().address())
                    && (addressOwner.equals("*") || binding.endpoint().isWildcard())) {
                error(where, label + ": binding '" + info + "' mixes the address '*' with a specific address on port "
                        + binding.endpoint().port() + "; use the same address for every binding of a port");
            }
            Boolean implicit = implicitByEndpoint.putIfAbsent(binding.endpoint().toString(), binding.implicitSsl());
            if (implicit != null && implicit != binding.implicitSsl()) {
                error(where, label + ": binding '" + info + "' disagrees with another binding of " + binding.endpoint()
                        + " about implicitSsl");
            }
        }
        folders(site, label);
        ftpSettings(site, label);
    }

    private void folders(ResolvedElement site, String label) {
        boolean hasRoot = false;
        for (ResolvedElement app : site.items()) {
            for (ResolvedElement vdir : app.items()) {
                Optional<String> joined = safe(() -> EffectiveConfigBuilder.joinVirtual(app.string("path"), vdir.string("path")));
                if (joined.isEmpty()) {
                    continue; // a path without its leading '/': the structure check reported it
                }
                String virtualPath = joined.get();
                hasRoot |= virtualPath.equals("/");
                XmlElement e = vdir.element().orElseThrow();
                String raw = e.value("physicalPath");
                if (raw == null || raw.isBlank()) {
                    error(e.location(), label + ": virtual directory '" + virtualPath + "' has no physicalPath");
                    continue;
                }
                Location where = vdir.origin("physicalPath").orElse(e.location());
                try {
                    Path p = paths.path(raw);
                    if (!Files.exists(p)) {
                        error(where, label + ": physicalPath '" + raw + "' does not exist (" + p + ")");
                    } else if (!Files.isDirectory(p)) {
                        error(where, label + ": physicalPath '" + raw + "' is not a folder (" + p + ")");
                    }
                } catch (InvalidValueException ex) {
                    error(where, label + ": physicalPath '" + raw + "' " + ex.getMessage());
                }
            }
        }
        if (!hasRoot) {
            error(site.element().orElseThrow().location(), label + ": the site has no root folder; add <application path=\"/\">"
                    + "<virtualDirectory path=\"/\" physicalPath=\"...\" /></application>");
        }
    }

    private void ftpSettings(ResolvedElement site, String label) {
        ResolvedElement ftp = site.child("ftpServer");
        ResolvedElement security = ftp.child("security");
        ResolvedElement ssl = security.child("ssl");
        Location siteLocation = site.element().orElseThrow().location();
        for (String attribute : List.of("serverCertFile", "serverCertKeyFile")) {
            expandedFile(ssl, attribute, label + ": ftpServer/security/ssl");
        }
        passwordVariable(ssl, label + ": ftpServer/security/ssl");
        boolean hasCert = ssl.optionalString("serverCertFile").isPresent();
        Optional<String> control = safe(() -> (String) ssl.value("controlChannelPolicy"));
        Optional<String> data = safe(() -> (String) ssl.value("dataChannelPolicy"));
        if (!hasCert && (control.filter(c -> !c.equals("SslAllow")).isPresent() || data.filter("SslRequire"::equals).isPresent())) {
            warning(ssl.element().map(XmlElement::location).orElse(siteLocation), label
                    + ": SSL is required (" + (ssl.chain().isEmpty() ? "the IIS default, no <ssl> is written" : "controlChannelPolicy "
                    + control.orElse("?") + ", dataChannelPolicy " + data.orElse("?"))
                    + ") but no certificate is configured (security/ssl/@serverCertFile): nobody can log in");
        }
        ResolvedElement auth = security.child("authentication");
        boolean anonymous = safe(() -> auth.child("anonymousAuthentication").bool("enabled")).orElse(false);
        boolean basic = safe(() -> auth.child("basicAuthentication").bool("enabled")).orElse(false);
        boolean custom = false;
        for (ResolvedElement p : auth.child("customAuthentication").child("providers").items()) {
            String name = p.string("name");
            if (BUILT_IN_PROVIDERS.contains(name.toLowerCase(Locale.ROOT))) {
                custom |= safe(() -> p.bool("enabled")).orElse(false);
            } else if (safe(() -> p.bool("enabled")).orElse(true)) { // a disabled provider changes nothing
                warning(p.element().orElseThrow().location(), label + ": authentication provider '" + name
                        + "' is not available on this platform and is ignored (IisManagerAuth is)");
            }
        }
        if (!anonymous && !basic && !custom) {
            warning(siteLocation, label + ": no authentication is enabled (anonymousAuthentication, basicAuthentication "
                    + "or IisManagerAuth): nobody can log in");
        }
        ResolvedElement isolation = ftp.child("userIsolation");
        safe(() -> (String) isolation.value("mode")).filter(m -> m.equals("ActiveDirectory") || m.equals("Custom"))
                .ifPresent(m -> error(isolation.origin("mode").orElse(siteLocation), label + ": userIsolation mode " + m
                        + " is not supported on this platform (use None, StartInUsersDirectory, IsolateRootDirectoryOnly "
                        + "or IsolateAllDirectories)"));
        ResolvedElement firewall = ftp.child("firewallSupport");
        firewall.optionalString("externalIp4Address").map(String::trim)
                .filter(a -> !a.contains(".") || !NumericAddress.isNumeric(a))
                .ifPresent(a -> error(firewall.origin("externalIp4Address").orElse(siteLocation), label
                        + ": ftpServer/firewallSupport: externalIp4Address '" + a + "' is not a numeric IPv4 address"));
        logFolder(ftp.child("logFile"), siteLocation, label + ": ftpServer/logFile");
    }

    private void logFolder(ResolvedElement log, Location fallback, String prefix) {
        boolean enabled = safe(() -> log.bool("enabled")).orElse(true);
        log.optionalString("directory").filter(d -> enabled).ifPresent(d -> LogFolder.resolve(d, paths).warning()
                .ifPresent(w -> warning(log.origin("directory").orElse(fallback), prefix + ": " + w)));
    }

    // -------------------------------------------------------------------------------------- locations

    private void locations(SectionIndex main, List<ResolvedElement> sites) {
        Set<String> siteNames = new java.util.HashSet<>();
        for (ResolvedElement s : sites) {
            String name = s.element().orElseThrow().value("name");
            if (name != null) {
                siteNames.add(name.toLowerCase(Locale.ROOT));
            }
        }
        Set<XmlElement> reported = new java.util.HashSet<>();
        for (SectionIndex.Occurrence o : main.occurrences()) {
            if (o.atServerLevel() || reported.contains(o.location())) {
                continue;
            }
            String site = o.locationPath().split("/")[0].toLowerCase(Locale.ROOT);
            if (!siteNames.contains(site)) {
                reported.add(o.location());
                warning(o.location().location(), "location '" + o.locationPath() + "' names no site; its settings are not used");
            }
        }
        for (SectionIndex.Occurrence o : main.of(EffectiveConfigBuilder.AUTHORIZATION)) {
            Context context = o.atServerLevel() ? Context.of(o.schema().path())
                    : Context.of("location '" + o.locationPath() + "': " + o.schema().path());
            for (XmlElement add : o.element().children("add")) {
                String users = add.value("users");
                String roles = add.value("roles");
                if ((users == null || users.isBlank()) && (roles == null || roles.isBlank())) {
                    error(add.location(), context.message("an authorization rule needs users or roles ('*' all users, '?' anonymous)"));
                }
            }
        }
        for (SectionIndex.Occurrence o : main.of(EffectiveConfigBuilder.IP_SECURITY)) {
            for (XmlElement add : o.element().children("add")) {
                ipRule(add, o.atServerLevel() ? Context.of(o.schema().path())
                        : Context.of("location '" + o.locationPath() + "': " + o.schema().path()));
            }
        }
    }

    private void ipRule(XmlElement add, Context context) {
        String ip = add.value("ipAddress");
        String domain = add.value("domainName");
        if ((ip == null || ip.isBlank()) && (domain == null || domain.isBlank())) {
            error(add.location(), context.message("an ipSecurity rule needs ipAddress or domainName"));
            return;
        }
        if (ip != null && !ip.isBlank() && !NumericAddress.isNumeric(ip.trim())) {
            error(add.attribute("ipAddress").orElseThrow().location(), context.message("ipAddress '" + ip + "' is not a numeric address"));
        }
        String mask = add.value("subnetMask");
        if (mask != null && !validMask(mask.trim())) {
            error(add.attribute("subnetMask").orElseThrow().location(), context.message("subnetMask '" + mask
                    + "' must be a dotted mask (255.255.255.0) or a prefix length (24)"));
        }
    }

    static boolean validMask(String mask) {
        if (mask.matches("\\d{1,3}")) {
            return Integer.parseInt(mask) <= 128;
        }
        if (!NumericAddress.isNumeric(mask)) {
            return false;
        }
        try {
            byte[] bytes = InetAddress.getByName(mask).getAddress();
            boolean zero = false;
            for (byte b : bytes) {
                for (int bit = 7; bit >= 0; bit--) {
                    boolean one = (b >> bit & 1) == 1;
                    if (one && zero) {
                        return false;
                    }
                    zero |= !one;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    // ----------------------------------------------------------------------------------------- global

    private void global(SectionIndex main) {
        main.serverLevel("system.ftpServer/log").ifPresent(e -> {
            ResolvedElement log = new ResolvedElement(schema.section("system.ftpServer/log").orElseThrow().root(), List.of(e));
            if (safe(() -> log.string("centralLogFileMode")).filter("Central"::equals).isPresent()) { // else it is never written
                logFolder(log.child("centralLogFile"), e.location(), "system.ftpServer/log/centralLogFile");
            }
        });
        main.serverLevel("system.ftpServer/firewallSupport").ifPresent(e -> {
            ResolvedElement f = new ResolvedElement(schema.section("system.ftpServer/firewallSupport").orElseThrow().root(), List.of(e));
            Optional<Integer> low = safe(() -> f.integer("lowDataChannelPort"));
            Optional<Integer> high = safe(() -> f.integer("highDataChannelPort"));
            if (low.isPresent() && high.isPresent() && !(low.get() == 0 && high.get() == 0)) {
                String prefix = "system.ftpServer/firewallSupport: ";
                if (low.get() == 0 || high.get() == 0) {
                    error(e.location(), prefix + "set both lowDataChannelPort and highDataChannelPort, or both to 0");
                } else if (low.get() > high.get()) {
                    error(e.location(), prefix + "lowDataChannelPort " + low.get() + " is above highDataChannelPort " + high.get());
                } else if (low.get() < 1024) {
                    error(e.location(), prefix + "lowDataChannelPort " + low.get() + " is below 1024");
                }
            }
        });
        main.serverLevel("system.ftpServer/management").ifPresent(e -> {
            ResolvedElement m = new ResolvedElement(schema.section("system.ftpServer/management").orElseThrow().root(), List.of(e));
            String prefix = "system.ftpServer/management: ";
            Location where = m.origin("bindingInformation").orElse(e.location());
            try {
                Endpoint endpoint = ManagementSettings.endpoint(m.string("bindingInformation"));
                boolean tls = m.optionalString("serverCertFile").isPresent();
                if (!isLoopback(endpoint) && !tls && !safe(() -> m.bool("allowRemote")).orElse(false)) {
                    error(where, prefix + "bindingInformation " + endpoint + " is not a loopback address; the admin endpoint "
                            + "would be reachable from the network without TLS: set serverCertFile, or allowRemote=\"true\"");
                }
            } catch (InvalidValueException ex) {
                error(where, prefix + "bindingInformation must be IP:port, got '" + m.string("bindingInformation") + "' ("
                        + ex.getMessage() + ")");
            }
            for (String attribute : List.of("serverCertFile", "serverCertKeyFile")) {
                expandedFile(m, attribute, "system.ftpServer/management");
            }
            passwordVariable(m, "system.ftpServer/management");
            m.optionalString("tokenFile").ifPresent(t -> {
                try {
                    SmallRegularFile.problem(paths.path(t), SmallRegularFile.TOKEN_FILE_BYTES).ifPresent(why -> error(m.origin("tokenFile").orElse(e.location()),
                            prefix + "tokenFile '" + t + "' " + why));
                } catch (InvalidValueException ex) {
                    error(m.origin("tokenFile").orElse(e.location()), prefix + "tokenFile '" + t + "' " + ex.getMessage());
                }
            });
        });
    }

    static boolean isLoopback(Endpoint endpoint) {
        String a = endpoint.address();
        return a.startsWith("127.") || a.equals("::1") || a.equalsIgnoreCase("localhost");
    }

    // ------------------------------------------------------------------------------------ credentials

    private void credentials(ResolvedElement store) {
        for (ResolvedElement c : store.items()) {
            XmlElement e = c.element().orElseThrow();
            String password = e.value("password");
            String name = e.value("name");
            if (password == null) {
                continue;
            }
            Location where = e.attribute("password").orElseThrow().location();
            String label = "user '" + name + "'";
            try {
                PasswordHash hash = PasswordHash.parse(password);
                if (hash.isWeak()) {
                    warning(where, label + ": " + hash.weakness());
                }
            } catch (InvalidValueException ex) {
                error(where, label + ": password " + ex.getMessage());
            }
        }
    }

    private void administrationOnlyHoldsCredentials(SectionIndex administration) {
        for (SectionIndex.Occurrence o : administration.occurrences()) {
            if (!o.schema().path().equals(EffectiveConfigBuilder.CREDENTIALS_SECTION)) {
                warning(o.element().location(), "section '" + o.schema().path() + "' is read from applicationHost.config only; "
                        + "here it is ignored");
            }
        }
    }

    // ---------------------------------------------------------------------------------------- helpers

    private void expandedFile(ResolvedElement e, String attribute, String prefix) {
        Optional<String> raw = e.optionalString(attribute);
        if (raw.isEmpty()) {
            return;
        }
        Location where = e.origin(attribute).orElseThrow();
        try {
            Path p = paths.path(raw.get());
            if (!Files.isRegularFile(p)) {
                error(where, prefix + ": " + attribute + " '" + raw.get() + "' does not exist (" + p + ")");
            }
        } catch (InvalidValueException ex) {
            error(where, prefix + ": " + attribute + " '" + raw.get() + "' " + ex.getMessage());
        }
    }

    private void passwordVariable(ResolvedElement e, String prefix) {
        e.optionalString("serverCertPassword").ifPresent(raw -> {
            try {
                paths.expand(raw);
            } catch (InvalidValueException ex) {
                error(e.origin("serverCertPassword").orElseThrow(), prefix + ": serverCertPassword " + ex.getMessage());
            }
        });
    }

    private static String label(ResolvedElement site) {
        XmlElement e = site.element().orElseThrow();
        String name = e.value("name");
        return name != null ? "site '" + name + "'" : "site at line " + e.location().line();
    }

    private static int line(ResolvedElement e) {
        return e.element().orElseThrow().location().line();
    }

    /**
     * The value, or empty when the written text does not parse (the structure check already reported that). Only a
     * bad value is caught: any other exception is a bug in a check and must not pass as a missing check.
     */
    private static <T> Optional<T> safe(Supplier<T> value) {
        try {
            return Optional.ofNullable(value.get());
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private void error(Location location, String message) {
        problems.add(Problem.error(location, message));
    }

    private void warning(Location location, String message) {
        problems.add(Problem.warning(location, message));
    }

    // ------------------------------------------------------------------ the written tree the checks read

    /** Every site of the file (FTP or not), each seen through siteDefaults, with the locations of what is written. */
    static List<ResolvedElement> writtenSites(ConfigSchema schema, SectionIndex index) {
        SectionSchema s = schema.section(EffectiveConfigBuilder.SITES).orElseThrow();
        return new ResolvedElement(s.root(), index.serverLevel(EffectiveConfigBuilder.SITES).stream().toList()).items();
    }

    static boolean isFtpSite(ResolvedElement site) {
        return ftpBindingElements(site).findAny().isPresent();
    }

    static java.util.stream.Stream<ResolvedElement> ftpBindingElements(ResolvedElement site) {
        return site.child("bindings").items().stream().filter(b -> b.string("protocol").trim().equalsIgnoreCase("ftp"));
    }

    /** The credential store: the main file's entries, then administration.config's add/remove/clear. */
    static ResolvedElement credentialStore(ConfigSchema schema, SectionIndex main, Optional<SectionIndex> administration) {
        List<XmlElement> chain = new ArrayList<>(main.serverLevel(EffectiveConfigBuilder.CREDENTIALS_SECTION).stream().toList());
        administration.flatMap(a -> a.serverLevel(EffectiveConfigBuilder.CREDENTIALS_SECTION)).ifPresent(chain::add);
        return new ResolvedElement(schema.section(EffectiveConfigBuilder.CREDENTIALS_SECTION).orElseThrow().root(), chain)
                .child("credentials");
    }
}
