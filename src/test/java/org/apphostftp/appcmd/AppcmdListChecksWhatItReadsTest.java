package org.apphostftp.appcmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list verbs read the file as IIS does: parsed in full, each section checked when read. An error in a section
 * the command does not read does not stop it; the section's own listing shows the error; changes check everything.
 */
class AppcmdListChecksWhatItReadsTest {

    private static final String SITES = "  <system.applicationHost>\n    <sites>\n      <site name=\"Alpha\" id=\"1\">\n"
            + "        <bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" /></bindings>\n"
            + "        <application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"root\" /></application>\n"
            + "      </site>\n    </sites>\n  </system.applicationHost>\n";
    /** Line 13: an authorization rule whose accessType the schema does not know. */
    private static final String BAD_AUTHORIZATION = "  <system.ftpServer>\n    <management enabled=\"false\" />\n"
            + "    <security><authorization>\n      <add accessType=\"Maybe\" users=\"*\" permissions=\"Read\" />\n"
            + "    </authorization></security>\n  </system.ftpServer>\n";

    @TempDir
    Path dir;

    private Path config;

    @BeforeEach
    void folder() throws Exception {
        Files.createDirectories(dir.resolve("root"));
        config = dir.resolve("applicationHost.config");
    }

    private String write(String body) throws Exception {
        String text = "<configuration>\n" + body + "</configuration>\n";
        Files.writeString(config, text);
        return text;
    }

    private AppcmdRun refused(String... args) {
        AppcmdRun run = AppcmdRun.of(config, args);
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("ERROR ( message:");
        return run;
    }

    private Pattern problemAt(int line) {
        return Pattern.compile("(?m)^" + Pattern.quote(config.toString()) + ":" + line + ":\\d+: .+");
    }

    @Test
    void listSiteWorksWhenAnotherSectionHasASchemaError() throws Exception {
        write(SITES + BAD_AUTHORIZATION);

        assertThat(AppcmdRun.ok(config, "list", "site").out())
                .isEqualTo("SITE \"Alpha\" (id:1,bindings:ftp/127.0.0.1:2121:,state:Unknown)\n");
        assertThat(AppcmdRun.ok(config, "list", "vdir").out()).contains("VDIR \"Alpha/\"");
        assertThat(AppcmdRun.ok(config, "list", "config", "-section:system.ftpServer/firewallSupport").out())
                .contains("<firewallSupport");
    }

    @Test
    void listingTheBrokenSectionShowsItsErrorWithFileLineAndColumn() throws Exception {
        write(SITES + BAD_AUTHORIZATION);

        AppcmdRun run = refused("list", "config", "-section:system.ftpserver/security/authorization");
        assertThat(run.err()).contains("system.ftpServer/security/authorization").contains("Maybe").containsPattern(problemAt(13));
        assertThat(run.out()).isEmpty();
        assertThat(refused("list", "config").err()).as("every section, this one included").containsPattern(problemAt(13));
    }

    @Test
    void anErrorInTheSitesSectionStopsTheListsThatReadIt() throws Exception {
        write(SITES.replace("id=\"1\"", "id=\"one\"") + "  <system.ftpServer><management enabled=\"false\" /></system.ftpServer>\n");

        for (String object : new String[] {"site", "app", "vdir"}) {
            assertThat(refused("list", object).err()).as(object).contains("system.applicationHost/sites").containsPattern(problemAt(4));
        }
        assertThat(AppcmdRun.ok(config, "list", "config", "-section:system.ftpServer/management").out()).contains("enabled=\"false\"");
    }

    @Test
    void aBrokenManagementSectionLeavesTheStateUnknownAndIsShownWhenListed() throws Exception {
        write(SITES + "  <system.ftpServer>\n    <management enabled=\"sometimes\" />\n  </system.ftpServer>\n");

        assertThat(AppcmdRun.ok(config, "list", "site").out())
                .isEqualTo("SITE \"Alpha\" (id:1,bindings:ftp/127.0.0.1:2121:,state:Unknown)\n");
        assertThat(refused("list", "config", "/section:system.ftpServer/management").err()).contains("sometimes")
                .containsPattern(problemAt(11));
    }

    @Test
    void aFileThatIsNotWellFormedFailsEveryList() throws Exception {
        Files.writeString(config, "<configuration>\n" + SITES + "  <system.ftpServer>\n</configuration>\n");

        for (String object : new String[] {"site", "app", "vdir", "config"}) {
            AppcmdRun run = refused("list", object);
            assertThat(run.err()).as(object).startsWith("ERROR ( message:Cannot read configuration file " + config)
                    .containsPattern(Pattern.compile("(?m)^" + Pattern.quote(config.toString()) + ":\\d+:\\d+: .+"));
        }
    }

    @Test
    void anUnknownFtpSectionFailsEveryListAsAFileError() throws Exception {
        write(SITES + "  <system.ftpServer>\n    <fireWallSupport lowDataChannelPort=\"5000\" />\n  </system.ftpServer>\n");

        AppcmdRun run = refused("list", "site");
        assertThat(run.err()).startsWith("ERROR ( message:Cannot read configuration file").contains("unknown section")
                .contains("did you mean").containsPattern(problemAt(11));
    }

    @Test
    void aChangeStillChecksTheWholeFileAndWritesNothing() throws Exception {
        String before = write(SITES + BAD_AUTHORIZATION);

        AppcmdRun run = refused("set", "site", "Alpha", "/serverAutoStart:false");
        assertThat(run.err()).startsWith("ERROR ( message:Cannot read configuration file").containsPattern(problemAt(13));
        refused("set", "config", "-section:system.ftpServer/firewallSupport", "/lowDataChannelPort:5000");
        assertThat(Files.readString(config)).isEqualTo(before);
    }

    @Test
    void aLockRuleBrokenAtALocationIsTheErrorOfItsSection() throws Exception {
        write(SITES + "  <system.ftpServer>\n    <management enabled=\"false\" />\n"
                + "    <security><ipSecurity allowUnlisted=\"true\" lockAttributes=\"allowUnlisted\" /></security>\n  </system.ftpServer>\n"
                + "  <location path=\"Alpha\">\n    <system.ftpServer><security>\n"
                + "      <ipSecurity allowUnlisted=\"false\" />\n    </security></system.ftpServer>\n  </location>\n");

        assertThat(AppcmdRun.ok(config, "list", "site").out()).startsWith("SITE \"Alpha\"");
        assertThat(refused("list", "config", "Alpha", "-section:system.ftpServer/security/ipSecurity").err())
                .contains("locked").containsPattern(problemAt(16));
    }
}
