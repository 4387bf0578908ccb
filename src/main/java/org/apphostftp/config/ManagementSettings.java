package org.apphostftp.config;

import java.util.Optional;
import org.apphostftp.config.effective.Endpoint;
import org.apphostftp.config.effective.FtpBinding;
import org.apphostftp.config.effective.GlobalSettings;

/**
 * The admin endpoint's settings ({@code system.ftpServer/management}) from the texts of its attributes, however they
 * were read (the typed model of a full load, the config API of a file read section by section, the CLI's quick scan):
 * the one statement of how its address is parsed and its paths and %VARIABLES% resolved.
 */
public final class ManagementSettings {

    private ManagementSettings() {
    }

    /**
     * The endpoint's "IP:port" (no host part).
     *
     * @throws org.apphostftp.config.schema.InvalidValueException when it is not an address and a port
     */
    public static Endpoint endpoint(String bindingInformation) {
        return FtpBinding.parse(bindingInformation.trim() + ":", false).endpoint();
    }

    /**
     * The settings; an empty or null text is an attribute not set, paths resolve with {@code paths}.
     *
     * @throws org.apphostftp.config.schema.InvalidValueException when the binding is not an address and a port
     */
    public static GlobalSettings.Management of(boolean enabled, String bindingInformation, String tokenFile,
                                               boolean allowRemote, String serverCertFile, String serverCertKeyFile,
                                               String serverCertPassword, PathExpander paths) {
        return new GlobalSettings.Management(enabled, endpoint(bindingInformation), paths.path(tokenFile), allowRemote,
                given(serverCertFile).map(paths::path), given(serverCertKeyFile).map(paths::path),
                given(serverCertPassword).map(paths::expand));
    }

    private static Optional<String> given(String text) {
        return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
