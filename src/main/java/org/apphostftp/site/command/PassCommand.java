package org.apphostftp.site.command;

import java.util.Arrays;
import java.util.Optional;
import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apache.ftpserver.impl.ServerFtpStatistics;
import org.apphostftp.config.effective.FtpSiteSettings;
import org.apphostftp.config.effective.Permission;
import org.apphostftp.fs.HomeDirectoryInaccessibleException;
import org.apphostftp.fs.SiteFile;
import org.apphostftp.fs.SiteFileSystemView;
import org.apphostftp.security.Identity;
import org.apphostftp.site.LoginService;
import org.apphostftp.site.MessageText;
import org.apphostftp.site.Replies;
import org.apphostftp.site.SessionState;
import org.apphostftp.site.SiteRuntime;
import org.apphostftp.site.SiteUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PASS: anonymous (USER anonymous or ftp, any password) when the site allows it, else the credential store when
 * basicAuthentication or IisManagerAuth is on; then the user's home per userIsolation, which must exist and be
 * readable or writable for the user (else IIS's "home directory inaccessible").
 */
public final class PassCommand extends AbstractCommand {

    private static final Logger LOG = LoggerFactory.getLogger(PassCommand.class);

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) throws FtpException {
        session.resetState();
        SessionState state = SessionState.of(session);
        if (state.identity().isPresent()) {
            session.write(Replies.of(202, "Already logged in."));
            return;
        }
        String user = state.pendingUser();
        if (user == null) {
            session.write(Replies.badSequence("Login with USER first."));
            return;
        }
        state.pendingUser(null);
        SiteRuntime site = state.site();
        FtpSiteSettings.Authentication auth = site.config().ftp().authentication();
        LoginService logins = state.endpoint().services().logins();
        ServerFtpStatistics stats = (ServerFtpStatistics) context.getFtpStatistics();
        boolean anonymous = UserCommand.isAnonymous(user);
        char[] password = request.getArgument() == null ? new char[0] : request.getArgument().toCharArray();
        Optional<Identity> who;
        try {
            if (logins.isBlocked(state.client())) {
                who = Optional.empty();
            } else if (anonymous) {
                who = auth.anonymous() ? Optional.of(Identity.anonymousUser()) : Optional.empty();
            } else {
                who = auth.credentialStore() ? logins.authenticate(user, password) : Optional.empty();
            }
        } finally {
            Arrays.fill(password, '\0');
        }
        if (who.isEmpty()) {
            logins.recordFailure(state.client());
            stats.setLoginFail(session);
            LOG.info("login failed for '{}' on site '{}'", user, site.name());
            session.write(Replies.cannotLogIn());
            return;
        }
        SiteFileSystemView view;
        try {
            view = site.files().open(who.get(), rules -> logins.allows(rules, state.client()));
            SiteFile home = view.getHomeDirectory();
            if (!home.permissions().contains(Permission.READ) && !home.permissions().contains(Permission.WRITE)) {
                throw new HomeDirectoryInaccessibleException("no authorization rule gives '" + user + "' Read or Write at "
                        + home.virtualPath());
            }
        } catch (HomeDirectoryInaccessibleException e) {
            LOG.info("login of '{}' on site '{}' refused: {}", user, site.name(), e.getMessage());
            session.write(Replies.homeDirectoryInaccessible());
            return;
        }
        logins.recordSuccess(state.client());
        session.setUser(new SiteUser(who.get(), view.currentDirectory()));
        session.setLogin(view);
        stats.setLogin(session);
        state.loggedIn(who.get());
        state.live().userName(anonymous ? "Anonymous" : user);
        state.live().currentDirectory(view.currentDirectory());
        LOG.info("'{}' logged in on site '{}'", anonymous ? "anonymous" : user, site.name());
        FtpSiteSettings.Messages m = site.config().ftp().messages();
        String greeting = m.greetingMessage().isEmpty() ? "" : MessageText.expand(m.greetingMessage(), m, state.live()) + "\n";
        session.write(Replies.of(230, greeting + "User logged in."));
    }
}
