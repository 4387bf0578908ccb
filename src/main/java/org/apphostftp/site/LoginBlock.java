package org.apphostftp.site;

import java.util.Optional;

/** {@code denyByFailure}: an address blocked for failed logins is refused at connect. */
final class LoginBlock implements ConnectionRule {

    private final LoginService logins;

    LoginBlock(LoginService logins) {
        this.logins = logins;
    }

    @Override
    public Optional<Refusal> check(SessionState state) {
        return logins.isBlocked(state.client())
                ? Optional.of(Refusal.reply("denyByFailure", Replies.of(421, "Too many failed login attempts from your address; try again later.")))
                : Optional.empty();
    }
}
