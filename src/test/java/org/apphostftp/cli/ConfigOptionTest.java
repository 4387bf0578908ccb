package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The default configuration file is the same for picocli's commands and for appcmd, which parses its own options. */
class ConfigOptionTest {

    @AfterEach
    void clear() {
        System.clearProperty("apphost.config");
    }

    @Test
    void withoutThePropertyTheDefaultIsConfApplicationHostConfig() {
        assertThat(ConfigOption.defaultConfig()).isEqualTo("conf/applicationHost.config");
    }

    @Test
    void thePackagesLauncherPropertyNamesTheDefault() {
        System.setProperty("apphost.config", "/etc/apphost-ftp/applicationHost.config");
        assertThat(ConfigOption.defaultConfig()).isEqualTo("/etc/apphost-ftp/applicationHost.config");
    }

    @Test
    void appcmdWithoutConfigReadsTheDefaultFileNotAPlaceholder() {
        System.setProperty("apphost.config", "/nonexistent/applicationHost.config");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = AppcmdCommand.run(List.of("list", "site"), new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("/nonexistent/applicationHost.config").doesNotContain("${");
    }
}
