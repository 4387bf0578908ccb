package org.apphostftp.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apphostftp.config.effective.Credential;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.effective.SiteConfig;

/** What a reload changes, in the words of the log. Where a setting is written (its line) is not a change. */
final class ConfigChanges {

    private ConfigChanges() {
    }

    /** The server-level changes: passive ports, the credential store, other system.ftpServer settings. */
    static List<String> server(ServerConfig previous, ServerConfig next) {
        List<String> changes = new ArrayList<>();
        GlobalSettings before = previous.global();
        GlobalSettings after = next.global();
        if (!before.passivePorts().equals(after.passivePorts())) {
            changes.add("passive ports " + (after.passivePorts().systemChosen() ? "chosen by the system"
                    : after.passivePorts().low() + "-" + after.passivePorts().high()));
        }
        if (!credentials(previous).equals(credentials(next))) {
            changes.add("credential store changed");
        }
        if (!before.credentialsCache().equals(after.credentialsCache()) || !before.denyByFailure().equals(after.denyByFailure())
                || before.useDomainNameAsHostName() != after.useDomainNameAsHostName() || !before.log().equals(after.log())
                || !before.management().equals(after.management()) || !before.providerNames().equals(after.providerNames())) {
            changes.add("server settings changed (system.ftpServer)");
        }
        return changes;
    }

    /** How one site changed, or empty when it did not. */
    static Optional<String> site(SiteConfig old, SiteConfig now) {
        List<String> parts = new ArrayList<>();
        if (!old.bindings().equals(now.bindings())) {
            parts.add("bindings " + now.bindings().stream().map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (old.autoStart() != now.autoStart()) {
            parts.add("serverAutoStart " + now.autoStart());
        }
        if (old.id() != now.id() || !old.virtualDirectories().equals(now.virtualDirectories()) || !old.ftp().equals(now.ftp())
                || !old.policies().equals(now.policies())) {
            parts.add("settings");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of("site '" + now.name() + "' changed: " + String.join(", ", parts));
    }

    /** True when the site's settings are the same and only where it is written (its line) changed. */
    static boolean onlyMoved(SiteConfig old, SiteConfig now) {
        return old.name().equals(now.name()) && site(old, now).isEmpty();
    }

    /** The users as the server checks them (where each is written does not matter). */
    private static List<String> credentials(ServerConfig config) {
        return config.credentials().stream().map(ConfigChanges::text).toList();
    }

    private static String text(Credential c) {
        return c.name() + "|" + c.password() + "|" + c.enabled() + "|" + c.roles();
    }
}
