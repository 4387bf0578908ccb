package org.apphostftp.config.effective;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The effective {@code ftpServer} settings of one site: schema defaults, then siteDefaults, then the site. */
public record FtpSiteSettings(
        boolean serverAutoStart,
        boolean allowUtf8,
        Connections connections,
        Ssl ssl,
        DataChannelSecurity dataChannelSecurity,
        Authentication authentication,
        CommandFiltering commandFiltering,
        Messages messages,
        FileHandling fileHandling,
        Optional<String> externalIp4Address,
        UserIsolationMode userIsolation,
        DirectoryBrowse directoryBrowse,
        LogFile logFile) {

    /** {@code connections}: timeouts and limits. */
    public record Connections(
            Duration controlChannelTimeout,
            Duration dataChannelTimeout,
            long maxConnections,
            int minBytesPerSecond,
            boolean resetOnMaxConnections,
            int serverListenBacklog,
            Duration unauthenticatedTimeout) {
    }

    /**
     * {@code security/ssl}: the policies and where the certificate comes from.
     *
     * @param configured whether any level of the site's chain (site or siteDefaults) writes an {@code <ssl>} element
     * @param requireTlsSessionResumption a PROT P data connection must resume the control connection's TLS session
     */
    public record Ssl(
            ControlChannelPolicy controlChannelPolicy,
            DataChannelPolicy dataChannelPolicy,
            Optional<String> serverCertHash,
            boolean ssl128,
            Optional<Path> serverCertFile,
            Optional<Path> serverCertKeyFile,
            Optional<String> serverCertPassword,
            boolean configured,
            boolean requireTlsSessionResumption) {

        public boolean hasCertificate() {
            return serverCertFile.isPresent();
        }
    }

    /** {@code security/dataChannelSecurity}: data connections must come from the control connection's peer. */
    public record DataChannelSecurity(boolean matchClientAddressForPort, boolean matchClientAddressForPasv) {
    }

    /**
     * {@code security/authentication}.
     *
     * @param iisManagerAuth the IisManagerAuth custom provider is enabled (it uses the credential store, as basic does)
     */
    public record Authentication(boolean anonymous, boolean basic, boolean iisManagerAuth) {

        /** Whether users of the credential store may log in. */
        public boolean credentialStore() {
            return basic || iisManagerAuth;
        }
    }

    /**
     * {@code security/commandFiltering}.
     *
     * @param commands upper-case verb → allowed
     */
    public record CommandFiltering(long maxCommandLine, boolean allowUnlisted, Map<String, Boolean> commands) {

        public boolean allows(String verb) {
            Boolean listed = commands.get(verb);
            return listed != null ? listed : allowUnlisted;
        }
    }

    /** {@code messages}. Empty strings mean "not set". */
    public record Messages(
            String bannerMessage,
            boolean suppressDefaultBanner,
            String greetingMessage,
            String exitMessage,
            String maxClientsMessage,
            boolean expandVariables,
            boolean allowLocalDetailedErrors) {
    }

    /** {@code fileHandling}. */
    public record FileHandling(boolean keepPartialUploads, boolean allowReplaceOnRename, boolean allowReadUploadsInProgress,
                               boolean allowModeZ, long modeZMaxRatio) {
    }

    /** {@code directoryBrowse}. */
    public record DirectoryBrowse(Set<ShowFlag> showFlags, Duration virtualDirectoryTimeout) {

        public boolean has(ShowFlag flag) {
            return showFlags.contains(flag);
        }
    }

    /** {@code logFile}: the site's W3C log. */
    public record LogFile(
            boolean enabled,
            Path directory,
            LogPeriod period,
            long truncateSize,
            boolean localTimeRollover,
            Set<LogField> fields,
            Set<SelectiveLogging> selectiveLogging) {
    }
}
