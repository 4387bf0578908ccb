package org.apphostftp.site.command;

import java.util.Locale;
import java.util.Optional;
import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apphostftp.config.effective.ControlChannelPolicy;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.site.Replies;
import org.apphostftp.site.SessionState;
import org.apphostftp.site.SiteRuntime;
import org.apphostftp.site.VirtualHostTable;

/**
 * USER: picks the site (host|user always; host&#92;user and user@host with useDomainNameAsHostName; else the HOST given
 * before, else the endpoint's host-less site), checks the site's SSL policy and remembers the user for PASS.
 */
public final class UserCommand extends AbstractCommand {

    /** The user names IIS treats as anonymous. */
    static boolean isAnonymous(String user) {
        return user.equalsIgnoreCase("anonymous") || user.equalsIgnoreCase("ftp");
    }

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        session.resetState();
        SessionState state = SessionState.of(session);
        String argument = request.getArgument();
        if (argument == null || argument.isBlank()) {
            session.write(Replies.syntaxError());
            return;
        }
        if (state.identity().isPresent()) {
            session.write(Replies.of(530, "Already logged in; cannot change to another user."));
            return;
        }
        boolean domainNames = state.endpoint().services().global().get().useDomainNameAsHostName();
        VirtualHostTable hosts = state.endpoint().hosts();
        LoginName name = LoginName.parse(argument.trim(), domainNames, hosts);
        Optional<SiteRuntime> site;
        if (name.host().isPresent()) {
            site = hosts.forHost(name.host().get());
        } else if (state.hostSelected()) {
            site = Optional.of(state.site());
        } else {
            site = hosts.hostless();
        }
        if (site.isEmpty() || name.user().isEmpty()) {
            session.write(Replies.validHostnameExpected());
            return;
        }
        String hostName = name.host().map(h -> h.toLowerCase(Locale.ROOT)).orElse(state.hostSelected() ? state.live().snapshot().hostName() : "");
        SessionState.Admission admission = state.admit(site.get(), hostName);
        if (admission != SessionState.Admission.ADMITTED) {
            session.write(Replies.refused(admission, site.get().config(), state.live()));
            session.closeOnFlush();
            return;
        }
        SiteConfig config = site.get().config();
        if (config.ftp().ssl().controlChannelPolicy() != ControlChannelPolicy.SSL_ALLOW && !session.isSecure()) {
            session.write(Replies.policyRequiresSsl());
            return;
        }
        boolean anonymous = isAnonymous(name.user());
        state.pendingUser(name.user());
        state.live().userName(anonymous ? "Anonymous" : name.user());
        session.write(anonymous
                ? Replies.of(331, "Anonymous access allowed, send identity (e-mail name) as password.")
                : Replies.of(331, "Password required for " + name.user() + "."));
    }

    /**
     * A USER argument split into host and user name.
     *
     * @param host the virtual host part, if the argument names one
     */
    record LoginName(Optional<String> host, String user) {

        static LoginName parse(String argument, boolean domainNames, VirtualHostTable hosts) {
            int bar = argument.indexOf('|');
            if (bar >= 0) {
                return new LoginName(Optional.of(argument.substring(0, bar)), argument.substring(bar + 1));
            }
            if (domainNames) {
                int backslash = argument.indexOf('\\');
                if (backslash >= 0) {
                    return new LoginName(Optional.of(argument.substring(0, backslash)), argument.substring(backslash + 1));
                }
                int at = argument.lastIndexOf('@');
                // user@host only when host is one of ours: an '@' may also be part of a user name
                if (at > 0 && hosts.isHostName(argument.substring(at + 1))) {
                    return new LoginName(Optional.of(argument.substring(at + 1)), argument.substring(0, at));
                }
            }
            return new LoginName(Optional.empty(), argument);
        }
    }
}
