package org.apphostftp.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apphostftp.config.effective.Credential;
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
import org.apphostftp.config.effective.VirtualDirectory;
import org.apphostftp.config.jaxb.Application;
import org.apphostftp.config.jaxb.Authentication;
import org.apphostftp.config.jaxb.AuthenticationSection;
import org.apphostftp.config.jaxb.AuthorizationRule;
import org.apphostftp.config.jaxb.AuthorizationSection;
import org.apphostftp.config.jaxb.Binding;
import org.apphostftp.config.jaxb.CachingSection;
import org.apphostftp.config.jaxb.CentralLogFile;
import org.apphostftp.config.jaxb.CommandFilter;
import org.apphostftp.config.jaxb.CommandFiltering;
import org.apphostftp.config.jaxb.Connections;
import org.apphostftp.config.jaxb.CredentialEntry;
import org.apphostftp.config.jaxb.Credentials;
import org.apphostftp.config.jaxb.CredentialsCache;
import org.apphostftp.config.jaxb.DataChannelSecurity;
import org.apphostftp.config.jaxb.DenyByFailure;
import org.apphostftp.config.jaxb.DenyUrlSequence;
import org.apphostftp.config.jaxb.DirectoryBrowse;
import org.apphostftp.config.jaxb.FileExtensionRule;
import org.apphostftp.config.jaxb.FileHandling;
import org.apphostftp.config.jaxb.FirewallSupportSection;
import org.apphostftp.config.jaxb.FtpServer;
import org.apphostftp.config.jaxb.HiddenSegment;
import org.apphostftp.config.jaxb.IpSecurityRule;
import org.apphostftp.config.jaxb.IpSecuritySection;
import org.apphostftp.config.jaxb.LogSection;
import org.apphostftp.config.jaxb.ManagementAuthenticationSection;
import org.apphostftp.config.jaxb.ManagementSection;
import org.apphostftp.config.jaxb.Messages;
import org.apphostftp.config.jaxb.ProviderDefinition;
import org.apphostftp.config.jaxb.ProviderDefinitionsSection;
import org.apphostftp.config.jaxb.ProviderEntry;
import org.apphostftp.config.jaxb.RequestFilteringSection;
import org.apphostftp.config.jaxb.Security;
import org.apphostftp.config.jaxb.ServerRuntimeSection;
import org.apphostftp.config.jaxb.Site;
import org.apphostftp.config.jaxb.SitesSection;
import org.apphostftp.config.jaxb.Ssl;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.schema.ElementSchema;

/**
 * Turns the typed model of validated documents into the immutable {@link ServerConfig}: the one path from the file
 * to the listeners. Runs only on a configuration without errors. Inheritance (schema default, siteDefaults, site;
 * server level, each {@code <location>}) is resolved on the typed objects by {@link TypedInheritance}; each record's
 * source location comes from the written element behind its typed object; paths come from {@link PathExpander}.
 */
final class EffectiveConfigBuilder {

    static final String SITES = "system.applicationHost/sites";
    static final String AUTHORIZATION = "system.ftpServer/security/authorization";
    static final String IP_SECURITY = "system.ftpServer/security/ipSecurity";
    static final String REQUEST_FILTERING = "system.ftpServer/security/requestFiltering";
    static final String CREDENTIALS_SECTION = "system.webServer/management/authentication";

    private final ConfigSchema schema;
    private final TypedDocument main;
    private final Optional<TypedDocument> administration;
    private final PathExpander paths;
    private final TypedInheritance inheritance;
    private Map<String, List<String>> locationsBySite;

    EffectiveConfigBuilder(ConfigSchema schema, TypedDocument main, Optional<TypedDocument> administration, PathExpander paths) {
        this.schema = schema;
        this.main = main;
        this.administration = administration;
        this.paths = paths;
        List<TypedDocument> documents = new ArrayList<>(List.of(main));
        administration.ifPresent(documents::add);
        this.inheritance = new TypedInheritance(documents);
    }

    ServerConfig build() {
        List<SiteConfig> sites = new ArrayList<>();
        for (Site site : sites().sites) {
            if (isFtpSite(site)) {
                sites.add(site(site));
            }
        }
        return new ServerConfig(main.document().path().toAbsolutePath().normalize(), List.copyOf(sites), global(), credentials());
    }

    // ------------------------------------------------------------------------------------------ sites

    /** The sites section with every site seen through siteDefaults and the schema defaults. */
    private SitesSection sites() {
        return inheritance.resolve(root(SITES), SitesSection.class, serverLevel(main, SITES, SitesSection.class));
    }

    private static boolean isFtpSite(Site site) {
        return !ftpBindings(site).isEmpty();
    }

    private static List<Binding> ftpBindings(Site site) {
        List<Binding> out = new ArrayList<>();
        for (Object entry : site.bindings.entries) {
            if (entry instanceof Binding b && text(b.protocol).trim().equalsIgnoreCase("ftp")) {
                out.add(b);
            }
        }
        return out;
    }

    private SiteConfig site(Site site) {
        FtpServer ftp = site.ftpServer;
        List<FtpBinding> bindings = ftpBindings(site).stream().map(b -> FtpBinding.parse(text(b.bindingInformation), b.implicitSsl)).toList();
        boolean autoStart = site.serverAutoStart && ftp.serverAutoStart;
        return new SiteConfig(site.name, site.id, autoStart, bindings, virtualDirectories(site), settings(ftp),
                policies(site.name), inheritance.location(site));
    }

    /** The site's namespace, "/" first and then by path. */
    private List<VirtualDirectory> virtualDirectories(Site site) {
        List<VirtualDirectory> out = new ArrayList<>();
        for (Application app : site.applications) {
            for (org.apphostftp.config.jaxb.VirtualDirectory vdir : app.virtualDirectories) {
                out.add(new VirtualDirectory(joinVirtual(text(app.path), text(vdir.path)), paths.path(text(vdir.physicalPath))));
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

    private FtpSiteSettings settings(FtpServer ftp) {
        Security security = ftp.security;
        Authentication auth = security.authentication;
        Ssl ssl = security.ssl;
        boolean iisManagerAuth = items(auth.customAuthentication.providers.entries, ProviderEntry.class).stream()
                .anyMatch(p -> text(p.name).equalsIgnoreCase("IisManagerAuth") && p.enabled);
        CommandFiltering filtering = security.commandFiltering;
        Map<String, Boolean> commands = new LinkedHashMap<>();
        for (CommandFilter c : items(filtering.entries, CommandFilter.class)) {
            commands.put(text(c.command).trim().toUpperCase(Locale.ROOT), c.allowed);
        }
        Connections conn = ftp.connections;
        Messages msg = ftp.messages;
        FileHandling files = ftp.fileHandling;
        DirectoryBrowse browse = ftp.directoryBrowse;
        DataChannelSecurity dcs = security.dataChannelSecurity;
        return new FtpSiteSettings(
                ftp.serverAutoStart,
                ftp.allowUTF8,
                new FtpSiteSettings.Connections(seconds(conn.controlChannelTimeout), seconds(conn.dataChannelTimeout),
                        conn.maxConnections, conn.minBytesPerSecond, conn.resetOnMaxConnections,
                        conn.serverListenBacklog, seconds(conn.unauthenticatedTimeout)),
                new FtpSiteSettings.Ssl(ssl.controlChannelPolicy, ssl.dataChannelPolicy, optional(ssl.serverCertHash),
                        ssl.ssl128, optional(ssl.serverCertFile).map(paths::path),
                        optional(ssl.serverCertKeyFile).map(paths::path),
                        optional(ssl.serverCertPassword).map(paths::expand), inheritance.written(ssl).isPresent(),
                        ssl.requireTlsSessionResumption),
                new FtpSiteSettings.DataChannelSecurity(dcs.matchClientAddressForPort, dcs.matchClientAddressForPasv),
                new FtpSiteSettings.Authentication(auth.anonymousAuthentication.enabled, auth.basicAuthentication.enabled, iisManagerAuth),
                new FtpSiteSettings.CommandFiltering(filtering.maxCommandLine, filtering.allowUnlisted, Map.copyOf(commands)),
                new FtpSiteSettings.Messages(text(msg.bannerMessage), msg.suppressDefaultBanner, text(msg.greetingMessage),
                        text(msg.exitMessage), text(msg.maxClientsMessage), msg.expandVariables, msg.allowLocalDetailedErrors),
                new FtpSiteSettings.FileHandling(files.keepPartialUploads, files.allowReplaceOnRename,
                        files.allowReadUploadsInProgress, files.allowModeZ, files.modeZMaxRatio),
                optional(ftp.firewallSupport.externalIp4Address).map(String::trim),
                ftp.userIsolation.mode,
                new FtpSiteSettings.DirectoryBrowse(EnumSet.copyOf(flags(browse.showFlags, ShowFlag.class)), seconds(browse.virtualDirectoryTimeout)),
                logFile(ftp.logFile.directory, ftp.logFile.enabled, ftp.logFile.period, ftp.logFile.truncateSize,
                        ftp.logFile.localTimeRollover, ftp.logFile.logExtFileFlags, ftp.logFile.selectiveLogging));
    }

    private FtpSiteSettings.LogFile logFile(String directory, boolean enabled, LogPeriod period, long truncateSize,
                                            boolean localTimeRollover, Set<LogField> fields, Set<SelectiveLogging> selective) {
        LogFolder folder = LogFolder.resolve(text(directory), paths);
        return new FtpSiteSettings.LogFile(enabled && folder.path().isPresent(),
                folder.path().orElseGet(() -> paths.path(LogFolder.DEFAULT)), period, truncateSize, localTimeRollover,
                flags(fields, LogField.class), flags(selective, SelectiveLogging.class));
    }

    // ------------------------------------------------------------------------------------- policies

    private SitePolicies policies(String siteName) {
        String site = PathKey.of(siteName);
        Set<String> subPaths = new LinkedHashSet<>();
        for (String locationKey : locationsBySite().getOrDefault(firstSegment(site), List.of())) {
            if (locationKey.startsWith(site + "/")) {
                subPaths.add(locationKey.substring(site.length()));
            }
        }
        Map<String, FtpPolicy> byPath = new LinkedHashMap<>();
        for (String sub : subPaths) {
            byPath.put(sub, policy(SectionIndex.locationLevels(site + sub)));
        }
        return new SitePolicies(policy(SectionIndex.locationLevels(site)), Map.copyOf(byPath));
    }

    /**
     * The location keys of the main document's sections by their first segment (the site), in file order, made once:
     * each site then reads its own instead of every section of the file.
     */
    private Map<String, List<String>> locationsBySite() {
        if (locationsBySite == null) {
            locationsBySite = new HashMap<>();
            for (TypedDocument.Section section : main.sections()) {
                String key = section.locationKey();
                locationsBySite.computeIfAbsent(firstSegment(key), k -> new ArrayList<>()).add(key);
            }
        }
        return locationsBySite;
    }

    private static String firstSegment(String locationKey) {
        int slash = locationKey.indexOf('/');
        return slash < 0 ? locationKey : locationKey.substring(0, slash);
    }

    /** The written occurrences of a section at each location level, least specific first; within a level in file order. */
    private <T> List<T> chain(List<String> levels, String sectionPath, Class<T> type) {
        List<T> chain = new ArrayList<>();
        for (String level : levels) {
            chain.addAll(main.sections(sectionPath, PathKey.of(level), type));
        }
        return chain;
    }

    /** The first server-level occurrence of a section, as {@link SectionIndex#serverLevel} reads it. */
    private static <T> List<T> serverLevel(TypedDocument document, String sectionPath, Class<T> type) {
        List<T> all = document.sections(sectionPath, "", type);
        return all.isEmpty() ? List.of() : List.of(all.get(0));
    }

    private FtpPolicy policy(List<String> levels) {
        AuthorizationSection authorization = inheritance.resolve(root(AUTHORIZATION), AuthorizationSection.class,
                chain(levels, AUTHORIZATION, AuthorizationSection.class));
        List<FtpPolicy.AuthorizationRule> rules = new ArrayList<>();
        for (AuthorizationRule r : items(authorization.entries, AuthorizationRule.class)) {
            rules.add(new FtpPolicy.AuthorizationRule(r.accessType, names(text(r.users)), names(text(r.roles)),
                    EnumSet.copyOf(flags(r.permissions, Permission.class))));
        }
        IpSecuritySection ip = inheritance.resolve(root(IP_SECURITY), IpSecuritySection.class, chain(levels, IP_SECURITY, IpSecuritySection.class));
        List<FtpPolicy.IpRule> ipRules = items(ip.entries, IpSecurityRule.class).stream().map(r -> new FtpPolicy.IpRule(
                text(r.ipAddress).trim(), text(r.subnetMask).trim(), text(r.domainName).trim(), r.allowed)).toList();
        RequestFilteringSection rf = inheritance.resolve(root(REQUEST_FILTERING), RequestFilteringSection.class,
                chain(levels, REQUEST_FILTERING, RequestFilteringSection.class));
        Map<String, Boolean> ext = new LinkedHashMap<>();
        for (FileExtensionRule e : items(rf.fileExtensions.entries, FileExtensionRule.class)) {
            String name = text(e.fileExtension).trim().toLowerCase(Locale.ROOT);
            ext.put(name.startsWith(".") ? name : "." + name, e.allowed);
        }
        return new FtpPolicy(List.copyOf(rules),
                new FtpPolicy.IpSecurity(ip.allowUnlisted, ip.enableReverseDns, ipRules),
                new FtpPolicy.RequestFiltering(rf.allowHighBitCharacters, rf.fileExtensions.allowUnlisted, Map.copyOf(ext),
                        items(rf.hiddenSegments.entries, HiddenSegment.class).stream().map(s -> text(s.segment).trim()).toList(),
                        items(rf.denyUrlSequences.entries, DenyUrlSequence.class).stream().map(s -> text(s.sequence)).toList(),
                        rf.requestLimits.maxAllowedContentLength, rf.requestLimits.maxUrl));
    }

    /** "Alice, bob" → [alice, bob]. */
    static List<String> names(String commaList) {
        return Arrays.stream(commaList.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    // --------------------------------------------------------------------------------------- global

    /** A server-level section seen through its schema defaults. */
    private <T> T global(String sectionPath, Class<T> type) {
        return inheritance.resolve(root(sectionPath), type, serverLevel(main, sectionPath, type));
    }

    private GlobalSettings global() {
        FirewallSupportSection firewall = global("system.ftpServer/firewallSupport", FirewallSupportSection.class);
        CredentialsCache cache = global("system.ftpServer/caching", CachingSection.class).credentialsCache;
        DenyByFailure deny = global("system.ftpServer/security/authentication", AuthenticationSection.class).denyByFailure;
        LogSection log = global("system.ftpServer/log", LogSection.class);
        ManagementSection m = global("system.ftpServer/management", ManagementSection.class);
        ServerRuntimeSection runtime = global("system.ftpServer/serverRuntime", ServerRuntimeSection.class);
        Set<String> providers = new LinkedHashSet<>();
        ProviderDefinitionsSection definitions = global("system.ftpServer/providerDefinitions", ProviderDefinitionsSection.class);
        items(definitions.entries, ProviderDefinition.class).forEach(p -> providers.add(text(p.name)));
        CentralLogFile central = log.centralLogFile;
        return new GlobalSettings(
                new GlobalSettings.PassivePortRange(firewall.lowDataChannelPort, firewall.highDataChannelPort),
                new GlobalSettings.CredentialsCache(cache.enabled, seconds(cache.flushInterval)),
                new GlobalSettings.DenyByFailure(deny.enabled, deny.maxFailure, deny.entryExpiration, deny.loggingOnlyMode),
                runtime.hostNameSupport.useDomainNameAsHostName,
                new GlobalSettings.CentralLog(log.centralLogFileMode, log.logInUTF8,
                        logFile(central.directory, central.enabled, central.period, central.truncateSize, central.localTimeRollover,
                                central.logExtFileFlags, central.selectiveLogging)),
                ManagementSettings.of(m.enabled, text(m.bindingInformation), text(m.tokenFile), m.allowRemote,
                        m.serverCertFile, m.serverCertKeyFile, m.serverCertPassword, paths),
                Set.copyOf(providers),
                new GlobalSettings.ProcessLimits(runtime.connectionLimits.maxConnectionsPerClient,
                        runtime.connectionLimits.reservedFileDescriptors, runtime.shutdown.drainTimeout));
    }

    // ---------------------------------------------------------------------------------- credentials

    /** The credential store: the main file's entries, then administration.config's add/remove/clear. */
    private List<Credential> credentials() {
        List<ManagementAuthenticationSection> chain = new ArrayList<>();
        chain.addAll(serverLevel(main, CREDENTIALS_SECTION, ManagementAuthenticationSection.class));
        administration.ifPresent(a -> chain.addAll(serverLevel(a, CREDENTIALS_SECTION, ManagementAuthenticationSection.class)));
        Credentials store = inheritance.resolve(root(CREDENTIALS_SECTION), ManagementAuthenticationSection.class, chain).credentials;
        List<Credential> out = new ArrayList<>();
        for (CredentialEntry c : items(store.entries, CredentialEntry.class)) {
            out.add(new Credential(text(c.name).trim(), PasswordHash.parse(text(c.password)), c.enabled,
                    Set.copyOf(names(text(c.roles))), inheritance.location(c)));
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------------------------- typed values

    private ElementSchema root(String sectionPath) {
        return schema.section(sectionPath).orElseThrow().root();
    }

    /** The items of a resolved collection (after add, remove and clear, only items are left). */
    private static <T> List<T> items(List<Object> entries, Class<T> type) {
        return entries.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** A string attribute with no value and no default reads as "", as IIS shows it. */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Duration seconds(Number value) {
        return Duration.ofSeconds(value.longValue());
    }

    private static <E extends Enum<E>> Set<E> flags(Set<E> value, Class<E> type) {
        return value == null || value.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(value);
    }
}
