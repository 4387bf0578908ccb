package org.apphostftp.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.config.effective.Endpoint;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.schema.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The admin endpoint's settings from their attribute texts, as every reader of the management section gets them. */
class ManagementSettingsTest {

    private final PathExpander paths = new PathExpander(Map.of("KEYS", "/etc/keys"), Path.of("/srv/conf"));

    @Test
    void pathsResolveBesideTheFileAndVariablesExpand() {
        GlobalSettings.Management m = ManagementSettings.of(true, " 127.0.0.1:8021 ", "management.token", false,
                "%KEYS%\\admin.pem", "", "%KEYS%", paths);

        assertThat(m.endpoint()).isEqualTo(new Endpoint("127.0.0.1", 8021));
        assertThat(m.tokenFile()).isEqualTo(Path.of("/srv/conf/management.token"));
        assertThat(m.serverCertFile()).contains(Path.of("/etc/keys/admin.pem"));
        assertThat(m.serverCertKeyFile()).as("an empty text is an attribute not set").isEmpty();
        assertThat(m.serverCertPassword()).isEqualTo(Optional.of("/etc/keys"));
    }

    @Test
    void aBindingThatIsNotAnAddressAndPortIsRefused() {
        assertThatThrownBy(() -> ManagementSettings.endpoint("localhost"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ManagementSettings.of(true, "127.0.0.1:99999", "t", false, null, null, null, paths))
                .isInstanceOf(InvalidValueException.class);
    }
}
