package org.apphostftp.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apphostftp.config.effective.AccessType;
import org.apphostftp.config.effective.CentralLogFileMode;
import org.apphostftp.config.effective.ControlChannelPolicy;
import org.apphostftp.config.effective.Credential;
import org.apphostftp.config.effective.DataChannelPolicy;
import org.apphostftp.config.effective.Endpoint;
import org.apphostftp.config.effective.FtpBinding;
import org.apphostftp.config.effective.FtpPolicy;
import org.apphostftp.config.effective.FtpSiteSettings;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.effective.LogField;
import org.apphostftp.config.effective.LogPeriod;
import org.apphostftp.config.effective.PasswordHash;
import org.apphostftp.config.effective.PathKey;
import org.apphostftp.config.effective.Permission;
import org.apphostftp.config.effective.SelectiveLogging;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.effective.ShowFlag;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.config.effective.SitePolicies;
import org.apphostftp.config.effective.UserIsolationMode;
import org.apphostftp.config.effective.VirtualDirectory;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.schema.SectionSchema;
import org.apphostftp.config.xml.XmlElement;

/**
 * Turns validated documents into the immutable {@link ServerConfig}. Runs only on a configuration without errors;
 * defaults and inheritance come from {@link ResolvedElement}, paths from {@link PathExpander}.
 */
final class EffectiveConfigBuilder {

    static final String SITES = "system.applicationHost/sites";
    static final String AUTHORIZATION = "system.ftpServer/security/authorization";
    static final String IP_SECURITY = "system.ftpServer/security/ipSecurity";
    static final String REQUEST_FILTERING = "system.ftpServer/security/requestFiltering";
    static final String CREDENTIALS_SECTION = "system.webServer/management/authentication";

    private final ConfigSchema schema;
    private final SectionIndex main;
    private final Optional<SectionIndex> administration;
    private final PathExpander paths;

    EffectiveConfigBuilder(ConfigSchema schema, SectionIndex main, Optional<SectionIndex> administration, PathExpander paths) {
        this.schema = schema;
        this.main = main;
        this.administration = administration;
        this.paths = paths;
    }

    ServerConfig build() {
        List<SiteConfig> sites = new ArrayList<>();
        for (ResolvedElement site : sites(schema, main)) {
            if (isFtpSite(site)) {
                sites.add(site(site));
            }
        }
        return new ServerConfig(main.document().path().toAbsolutePath().normalize(), List.copyOf(sites), global(), credentials());
    }

    // ------------------------------------------------------------------------------------------ sites

    /** Every site of the file (FTP or not), each seen through siteDefaults. */
    static List<ResolvedElement> sites(ConfigSchema schema, SectionIndex index) {
        SectionSchema s = schema.section(SITES).orElseThrow();
        return new ResolvedElement(s.root(), index.serverLevel(SITES).stream().toList()).items();
    }

    static boolean isFtpSite(ResolvedElement site) {
        return ftpBindingElements(site).findAny().isPresent();
    }

    static java.util.stream.Stream<ResolvedElement> ftpBindingElements(ResolvedElement site) {
        return site.child("bindings").items().stream().filter(b -> b.string("protocol").trim().equalsIgnoreCase("ftp"));
    }

    private SiteConfig site(ResolvedElement site) {
        String name = site.string("name");
        ResolvedElement ftp = site.child("ftpServer");
        List<FtpBinding> bindings = ftpBindingElements(site)
                .map(b -> FtpBinding.parse(b.string("bindingInformation"), b.bool("implicitSsl"))).toList();
        boolean autoStart = site.bool("serverAutoStart") && ftp.bool("serverAutoStart");
        return new SiteConfig(name, site.longValue("id"), autoStart, bindings, virtualDirectories(site, paths),
                settings(ftp), policies(name), site.element().orElseThrow().location());
    }

    /** The site's namespace, "/" first and then by path. */
    static List<VirtualDirectory> virtualDirectories(ResolvedElement site, PathExpander paths) {
        List<VirtualDirectory> out = new ArrayList<>();
        for (ResolvedElement app : site.items()) {
            for (ResolvedElement vdir : app.items()) {
                String virtualPath = joinVirtual(app.string("path"), vdir.string("path"));
                out.add(new VirtualDirectory(virtualPath, paths.path(vdir.string("physicalPath"))));
            }
        }
        out.sort(Comparator.comparing((VirtualDirectory v) -> !v.virtualPath().equals("/")).thenComparing(VirtualDirectory::virtualPath));
        return List.copyOf(out);
    }

    /** "/" + "/a" → "/a"; "/app" + "/" → "/app"; backslashes read as '/'; no trailing '/'. */
    static String joinVirtual(String applicationPath, String directoryPath) {
        String joined = (applicationPath + "/" + directoryPath).replace('\\', '/');
        String collapsed = String.join("/", Arrays.stream(joined.split("/")).filter(s -> !s.isEmpty()).toList());
        return "/" + collapsed;
    }

    private FtpSiteSettings settings(ResolvedElement ftp) {
        ResolvedElement security = ftp.child("security");
        ResolvedElement auth = security.child("authentication");
        ResolvedElement ssl = security.child("ssl");
        boolean iisManagerAuth = auth.child("customAuthentication").child("providers").items().stream()
                .anyMatch(p -> p.string("name").equalsIgnoreCase("IisManagerAuth") && p.bool("enabled"));
        ResolvedElement filtering = security.child("commandFiltering");
        Map<String, Boolean> commands = new LinkedHashMap<>();
        for (ResolvedElement c : filtering.items()) {
            commands.put(c.string("command").trim().toUpperCase(Locale.ROOT), c.bool("allowed"));
        }
        ResolvedElement conn = ftp.child("connections");
        ResolvedElement msg = ftp.child("messages");
        ResolvedElement files = ftp.child("fileHandling");
        ResolvedElement browse = ftp.child("directoryBrowse");
        ResolvedElement dcs = security.child("dataChannelSecurity");
        return new FtpSiteSettings(
                ftp.bool("serverAutoStart"),
                ftp.bool("allowUTF8"),
                new FtpSiteSettings.Connections(conn.seconds("controlChannelTimeout"), conn.seconds("dataChannelTimeout"),
                        conn.longValue("maxConnections"), conn.integer("minBytesPerSecond"), conn.bool("resetOnMaxConnections"),
                        conn.integer("serverListenBacklog"), conn.seconds("unauthenticatedTimeout")),
                new FtpSiteSettings.Ssl(ssl.enumValue("controlChannelPolicy", ControlChannelPolicy.class),
                        ssl.enumValue("dataChannelPolicy", DataChannelPolicy.class), ssl.optionalString("serverCertHash"),
                        ssl.bool("ssl128"), ssl.optionalString("serverCertFile").map(paths::path),
                        ssl.optionalString("serverCertKeyFile").map(paths::path),
                        ssl.optionalString("serverCertPassword").map(paths::expand), !ssl.chain().isEmpty(),
                        ssl.bool("requireTlsSessionResumption")),
                new FtpSiteSettings.DataChannelSecurity(dcs.bool("matchClientAddressForPort"), dcs.bool("matchClientAddressForPasv")),
                new FtpSiteSettings.Authentication(auth.child("anonymousAuthentication").bool("enabled"),
                        auth.child("basicAuthentication").bool("enabled"), iisManagerAuth),
                new FtpSiteSettings.CommandFiltering(filtering.longValue("maxCommandLine"), filtering.bool("allowUnlisted"),
                        Map.copyOf(commands)),
                new FtpSiteSettings.Messages(msg.string("bannerMessage"), msg.bool("suppressDefaultBanner"),
                        msg.string("greetingMessage"), msg.string("exitMessage"), msg.string("maxClientsMessage"),
                        msg.bool("expandVariables"), msg.bool("allowLocalDetailedErrors")),
                new FtpSiteSettings.FileHandling(files.bool("keepPartialUploads"), files.bool("allowReplaceOnRename"),
                        files.bool("allowReadUploadsInProgress"), files.bool("allowModeZ"), files.longValue("modeZMaxRatio")),
                ftp.child("firewallSupport").optionalString("externalIp4Address").map(String::trim),
                ftp.child("userIsolation").enumValue("mode", UserIsolationMode.class),
                new FtpSiteSettings.DirectoryBrowse(browse.flags("showFlags", ShowFlag.class), browse.seconds("virtualDirectoryTimeout")),
                logFile(ftp.child("logFile")));
    }

    private FtpSiteSettings.LogFile logFile(ResolvedElement log) {
        LogFolder folder = LogFolder.resolve(log.string("directory"), paths);
        return new FtpSiteSettings.LogFile(log.bool("enabled") && folder.path().isPresent(),
                folder.path().orElseGet(() -> paths.path(LogFolder.DEFAULT)),
                log.enumValue("period", LogPeriod.class), log.longValue("truncateSize"), log.bool("localTimeRollover"),
                log.flags("logExtFileFlags", LogField.class), log.flags("selectiveLogging", SelectiveLogging.class));
    }

    // ------------------------------------------------------------------------------------- policies

    private SitePolicies policies(String siteName) {
        String site = PathKey.of(siteName);
        Set<String> subPaths = new LinkedHashSet<>();
        for (SectionIndex.Occurrence o : main.occurrences()) {
            String loc = PathKey.of(o.locationPath());
            if (loc.startsWith(site + "/")) {
                subPaths.add(loc.substring(site.length()));
            }
        }
        Map<String, FtpPolicy> byPath = new LinkedHashMap<>();
        for (String sub : subPaths) {
            byPath.put(sub, policy(locationChain(site, sub)));
        }
        return new SitePolicies(policy(locationChain(site, "")), Map.copyOf(byPath));
    }

    /** Server level, then the site, then each location whose path leads to {@code sub} ("/a/b"), shortest first. */
    private static List<String> locationChain(String site, String sub) {
        return SectionIndex.locationLevels(site + sub);
    }

    private ResolvedElement section(String sectionPath, List<String> locations) {
        List<XmlElement> chain = new ArrayList<>();
        for (String location : locations) {
            chain.addAll(main.atLocation(sectionPath, location));
        }
        return new ResolvedElement(schema.section(sectionPath).orElseThrow().root(), chain);
    }

    private FtpPolicy policy(List<String> locations) {
        List<FtpPolicy.AuthorizationRule> rules = new ArrayList<>();
        for (ResolvedElement r : section(AUTHORIZATION, locations).items()) {
            rules.add(new FtpPolicy.AuthorizationRule(r.enumValue("accessType", AccessType.class), names(r.string("users")),
                    names(r.string("roles")), r.flags("permissions", Permission.class)));
        }
        ResolvedElement ip = section(IP_SECURITY, locations);
        List<FtpPolicy.IpRule> ipRules = ip.items().stream().map(r -> new FtpPolicy.IpRule(r.string("ipAddress").trim(),
                r.string("subnetMask").trim(), r.string("domainName").trim(), r.bool("allowed"))).toList();
        ResolvedElement rf = section(REQUEST_FILTERING, locations);
        ResolvedElement extensions = rf.child("fileExtensions");
        Map<String, Boolean> ext = new LinkedHashMap<>();
        for (ResolvedElement e : extensions.items()) {
            String name = e.string("fileExtension").trim().toLowerCase(Locale.ROOT);
            ext.put(name.startsWith(".") ? name : "." + name, e.bool("allowed"));
        }
        ResolvedElement limits = rf.child("requestLimits");
        return new FtpPolicy(List.copyOf(rules),
                new FtpPolicy.IpSecurity(ip.bool("allowUnlisted"), ip.bool("enableReverseDns"), ipRules),
                new FtpPolicy.RequestFiltering(rf.bool("allowHighBitCharacters"), extensions.bool("allowUnlisted"), Map.copyOf(ext),
                        rf.child("hiddenSegments").items().stream().map(s -> s.string("segment").trim()).toList(),
                        rf.child("denyUrlSequences").items().stream().map(s -> s.string("sequence")).toList(),
                        limits.longValue("maxAllowedContentLength"), limits.longValue("maxUrl")));
    }

    /** "Alice, bob" → [alice, bob]. */
    static List<String> names(String commaList) {
        return Arrays.stream(commaList.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    // --------------------------------------------------------------------------------------- global

    private ResolvedElement global(String sectionPath) {
        return new ResolvedElement(schema.section(sectionPath).orElseThrow().root(), main.serverLevel(sectionPath).stream().toList());
    }

    private GlobalSettings global() {
        ResolvedElement firewall = global("system.ftpServer/firewallSupport");
        ResolvedElement cache = global("system.ftpServer/caching").child("credentialsCache");
        ResolvedElement deny = global("system.ftpServer/security/authentication").child("denyByFailure");
        ResolvedElement log = global("system.ftpServer/log");
        ResolvedElement m = global("system.ftpServer/management");
        Set<String> providers = new LinkedHashSet<>();
        global("system.ftpServer/providerDefinitions").items().forEach(p -> providers.add(p.string("name")));
        return new GlobalSettings(
                new GlobalSettings.PassivePortRange(firewall.integer("lowDataChannelPort"), firewall.integer("highDataChannelPort")),
                new GlobalSettings.CredentialsCache(cache.bool("enabled"), cache.seconds("flushInterval")),
                new GlobalSettings.DenyByFailure(deny.bool("enabled"), deny.longValue("maxFailure"), deny.timeSpan("entryExpiration"),
                        deny.bool("loggingOnlyMode")),
                global("system.ftpServer/serverRuntime").child("hostNameSupport").bool("useDomainNameAsHostName"),
                new GlobalSettings.CentralLog(log.enumValue("centralLogFileMode", CentralLogFileMode.class), log.bool("logInUTF8"),
                        logFile(log.child("centralLogFile"))),
                new GlobalSettings.Management(m.bool("enabled"), managementEndpoint(m.string("bindingInformation")),
                        paths.path(m.string("tokenFile")), m.bool("allowRemote"), m.optionalString("serverCertFile").map(paths::path),
                        m.optionalString("serverCertKeyFile").map(paths::path),
                        m.optionalString("serverCertPassword").map(paths::expand)),
                Set.copyOf(providers),
                processLimits());
    }

    private GlobalSettings.ProcessLimits processLimits() {
        ResolvedElement runtime = global("system.ftpServer/serverRuntime");
        ResolvedElement limits = runtime.child("connectionLimits");
        return new GlobalSettings.ProcessLimits(limits.longValue("maxConnectionsPerClient"),
                limits.longValue("reservedFileDescriptors"), runtime.child("shutdown").timeSpan("drainTimeout"));
    }

    /** The admin endpoint's "IP:port" (no host part). */
    static Endpoint managementEndpoint(String bindingInformation) {
        return FtpBinding.parse(bindingInformation.trim() + ":", false).endpoint();
    }

    // ---------------------------------------------------------------------------------- credentials

    /** The credential store: the main file's entries, then administration.config's add/remove/clear. */
    static ResolvedElement credentialStore(ConfigSchema schema, SectionIndex main, Optional<SectionIndex> administration) {
        List<XmlElement> chain = new ArrayList<>(main.serverLevel(CREDENTIALS_SECTION).stream().toList());
        administration.flatMap(a -> a.serverLevel(CREDENTIALS_SECTION)).ifPresent(chain::add);
        return new ResolvedElement(schema.section(CREDENTIALS_SECTION).orElseThrow().root(), chain).child("credentials");
    }

    private List<Credential> credentials() {
        List<Credential> out = new ArrayList<>();
        for (ResolvedElement c : credentialStore(schema, main, administration).items()) {
            out.add(new Credential(c.string("name").trim(), PasswordHash.parse(c.string("password")), c.bool("enabled"),
                    Set.copyOf(names(c.string("roles"))), c.element().orElseThrow().location()));
        }
        return List.copyOf(out);
    }
}
