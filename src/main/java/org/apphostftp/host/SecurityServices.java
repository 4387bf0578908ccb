package org.apphostftp.host;

import java.net.InetAddress;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apphostftp.config.effective.FtpPolicy;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.security.Authenticator;
import org.apphostftp.security.Identity;
import org.apphostftp.security.IpAccess;
import org.apphostftp.security.LoginThrottle;
import org.apphostftp.security.ServerCertificateException;
import org.apphostftp.security.ServerTls;
import org.apphostftp.site.LoginService;

/**
 * The security services of the running server, renewed on reload: the credential store with its cache (kept across
 * reloads; a changed password never passes from it), the logon attempt restrictions (kept unless their settings
 * change) and the IP rules.
 */
public final class SecurityServices implements LoginService {

    private final Clock clock = Clock.systemUTC();
    private final Map<FtpPolicy.IpSecurity, IpAccess> ipRules = new ConcurrentHashMap<>();
    private volatile Authenticator authenticator;
    private volatile LoginThrottle throttle;
    /** Told of each failed login here (a farm shares them); nobody on a single node. */
    private volatile Consumer<InetAddress> failureListener = client -> { };
    /** Blocks started by throttles replaced since (a changed denyByFailure section makes a new one). */
    private volatile long earlierBlocks;

    SecurityServices(ServerConfig config) {
        this.authenticator = Authenticator.create(config, clock);
        this.throttle = new LoginThrottle(config.global().denyByFailure(), clock);
    }

    void update(ServerConfig config) {
        authenticator = authenticator.reloaded(config);
        if (!throttle.settings().equals(config.global().denyByFailure())) {
            earlierBlocks += throttle.blocks();
            throttle = new LoginThrottle(config.global().denyByFailure(), clock);
        }
        ipRules.clear();
    }

    /** How many times denyByFailure has blocked a client address since the start. */
    public long loginBlocks() {
        return earlierBlocks + throttle.blocks();
    }

    /** The caching/credentialsCache Flush method. */
    public void flushCredentials() {
        authenticator.flush();
    }

    @Override
    public Optional<Identity> authenticate(String userName, char[] password) {
        return authenticator.authenticate(userName, password);
    }

    @Override
    public boolean isBlocked(InetAddress client) {
        return throttle.isBlocked(client);
    }

    @Override
    public void recordFailure(InetAddress client) {
        throttle.recordFailure(client);
        failureListener.accept(client);
    }

    /** Who is told of each failed login on this node (denyByFailure counted farm-wide). */
    public void shareFailures(Consumer<InetAddress> listener) {
        this.failureListener = listener;
    }

    /** Counts a failed login that another node of the farm saw. */
    public void recordRemoteFailure(InetAddress client) {
        throttle.recordFailure(client);
    }

    @Override
    public void recordSuccess(InetAddress client) {
        throttle.recordSuccess(client);
    }

    @Override
    public boolean allows(FtpPolicy.IpSecurity rules, InetAddress client) {
        if (rules.rules().isEmpty() && rules.allowUnlisted()) {
            return true;
        }
        return ipRules.computeIfAbsent(rules, IpAccess::of).allows(client);
    }

    /** The site's TLS context, empty without a certificate; a certificate that cannot be used is an error. */
    Optional<ServerTls> tlsFor(SiteConfig site) {
        try {
            return ServerTls.forSite(site);
        } catch (ServerCertificateException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
