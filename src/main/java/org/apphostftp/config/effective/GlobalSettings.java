package org.apphostftp.config.effective;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Server-level settings: the AppHostOnly parts of {@code system.ftpServer}. */
public record GlobalSettings(
        PassivePortRange passivePorts,
        CredentialsCache credentialsCache,
        DenyByFailure denyByFailure,
        boolean useDomainNameAsHostName,
        CentralLog log,
        Management management,
        Set<String> providerNames,
        ProcessLimits limits) {

    /**
     * {@code serverRuntime/connectionLimits} and {@code serverRuntime/shutdown} (ours; IIS has neither).
     *
     * @param maxConnectionsPerClient control connections from one address across all sites; 0 means no limit
     * @param reservedFileDescriptors descriptors kept free below the process limit for admin, watcher and logs
     * @param drainTimeout            how long running transfers may finish after a service stop
     */
    public record ProcessLimits(long maxConnectionsPerClient, long reservedFileDescriptors, Duration drainTimeout) {

        /** The defaults of the schema, for code that builds settings by hand. */
        public static final ProcessLimits DEFAULT = new ProcessLimits(0, 128, Duration.ofSeconds(10));
    }

    /**
     * {@code firewallSupport}: the passive data port range.
     *
     * @param low 0 together with high 0 means the system chooses
     */
    public record PassivePortRange(int low, int high) {

        public boolean systemChosen() {
            return low == 0 && high == 0;
        }
    }

    /** {@code caching/credentialsCache}. */
    public record CredentialsCache(boolean enabled, Duration flushInterval) {
    }

    /** {@code security/authentication/denyByFailure}. */
    public record DenyByFailure(boolean enabled, long maxFailure, Duration entryExpiration, boolean loggingOnlyMode) {
    }

    /** {@code log}: one log per site, or one central log. */
    public record CentralLog(
            CentralLogFileMode mode,
            boolean logInUtf8,
            FtpSiteSettings.LogFile centralLogFile) {
    }

    /**
     * {@code management}: the HTTP admin endpoint.
     *
     * @param tokenFile absolute path of the bearer token file
     */
    public record Management(
            boolean enabled,
            Endpoint endpoint,
            Path tokenFile,
            boolean allowRemote,
            Optional<Path> serverCertFile,
            Optional<Path> serverCertKeyFile,
            Optional<String> serverCertPassword) {

        public boolean tls() {
            return serverCertFile.isPresent();
        }
    }
}
