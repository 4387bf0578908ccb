package org.apphostftp.appcmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.apphostftp.configapi.ServerManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal reads like appcmd's (ERROR ( message:... )), exits 1 and leaves the file as it was. */
class AppcmdErrorsTest {

    @TempDir
    Path dir;

    private Path config;
    private String before;

    @BeforeEach
    void write() throws Exception {
        Files.createDirectories(dir.resolve("root"));
        config = dir.resolve("applicationHost.config");
        before = "<configuration>\n  <system.applicationHost>\n    <sites>\n      <site name=\"Alpha\" id=\"1\">\n"
                + "        <bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" /></bindings>\n"
                + "        <application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"root\" /></application>\n"
                + "      </site>\n    </sites>\n  </system.applicationHost>\n"
                + "  <system.ftpServer><management enabled=\"false\" /></system.ftpServer>\n</configuration>\n";
        Files.writeString(config, before);
    }

    private AppcmdRun refused(String... args) throws Exception {
        AppcmdRun run = AppcmdRun.of(config, args);
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).startsWith("ERROR ( message:");
        assertThat(Files.readString(config)).isEqualTo(before);
        return run;
    }

    @Test
    void anUnknownSiteIsNamed() throws Exception {
        assertThat(refused("set", "site", "Nope", "/serverAutoStart:false").err())
                .isEqualTo("ERROR ( message:Cannot find SITE object with identifier \"Nope\". )\n");
        assertThat(refused("list", "site", "Nope").err()).contains("Cannot find SITE object");
    }

    @Test
    void anUnknownAttributeAsksForHelp() throws Exception {
        assertThat(refused("set", "site", "Alpha", "/ftpServer.colour:red").err())
                .isEqualTo("ERROR ( message:Unknown attribute \"colour\".  Replace with -? for help. )\n");
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() throws Exception {
        assertThat(refused("set", "site", "Alpha", "/ftpServer.connections.controlChannelTimeout:abc").err()).contains("controlChannelTimeout");
    }

    @Test
    void anInvalidResultIsRefusedWithFileLineAndColumn() throws Exception {
        AppcmdRun run = refused("add", "site", "/name:Beta", "/bindings:ftp/127.0.0.1:2121:", "/physicalPath:missing-folder");
        assertThat(run.err()).contains("would make").containsPattern(
                "(?m)^" + java.util.regex.Pattern.quote(config.toString()) + ":\\d+:\\d+: .*");
    }

    @Test
    void removingOrChangingAnItemThatIsNotThereIsRefused() throws Exception {
        assertThat(refused("set", "config", "-section:system.applicationHost/sites", "/-[name='Nope']").err())
                .isEqualTo("ERROR ( message:Cannot find requested collection element. )\n");
        refused("set", "config", "-section:system.applicationHost/sites", "/[name='Nope'].serverAutoStart:false");
    }

    @Test
    void addingAnItemTwiceIsRefused() throws Exception {
        assertThat(refused("set", "config", "-section:system.applicationHost/sites",
                "/+[name='Alpha'].bindings.[protocol='ftp',bindingInformation='127.0.0.1:2121:']").err())
                .contains("Cannot add duplicate collection entry of type 'binding'");
        assertThat(refused("add", "site", "/name:alpha").err()).contains("duplicate");
    }

    @Test
    void anUnknownSectionListsTheSections() throws Exception {
        assertThat(refused("list", "config", "-section:system.applicationHost/sites/site").err())
                .contains("Unknown config section", "system.ftpServer/firewallSupport", "system.applicationHost/sites");
    }

    @Test
    void webServerObjectsAndUnknownVerbsAreNotSupported() throws Exception {
        assertThat(refused("list", "apppool").err()).contains("web server");
        assertThat(refused("recycle", "site", "Alpha").err()).contains("Command \"recycle\" is not supported on object \"SITE\"");
        assertThat(refused("list", "frobs").err()).contains("is not supported");
    }

    @Test
    void aMalformedIndexerIsExplained() throws Exception {
        assertThat(refused("set", "config", "-section:system.applicationHost/sites", "/+[name='x'").err())
                .contains("Malformed collection indexer");
    }

    @Test
    void anEditSavedByAnotherWriterMeanwhileIsNotOverwritten() throws Exception {
        Function<ServerManager, SiteRuntime> none = manager -> SiteRuntime.none();
        Workspace ws = Workspace.open(config, config.toString(), none);
        ElementEditor.apply(ws.requireSite("Alpha"), Parameter.parse("/serverAutoStart:false"));
        String other = before.replace("id=\"1\"", "id=\"1\" serverAutoStart=\"true\"");
        Files.writeString(config, other);

        org.assertj.core.api.Assertions.assertThatThrownBy(ws::commit).isInstanceOf(AppcmdException.class)
                .hasMessageContaining("changed on disk");
        assertThat(Files.readString(config)).isEqualTo(other);
    }

    @Test
    void aMissingConfigurationFileIsAnError() {
        AppcmdRun run = AppcmdRun.of(dir.resolve("nope.config"), "list", "site");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("ERROR ( message:Cannot read configuration file").contains("no such file");
    }
}
