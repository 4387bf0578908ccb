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
        Set<String> providerNames) {

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
