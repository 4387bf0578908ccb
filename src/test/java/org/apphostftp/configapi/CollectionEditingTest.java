package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.xml.Edit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collections: find, add, remove and clear as IIS writes them. */
class CollectionEditingTest {

    private static final String SITES = "system.applicationHost/sites";
    private static final String AUTHORIZATION = "system.ftpServer/security/authorization";

    @TempDir
    Path dir;

    private ServerManager manager;
    private Configuration config;
    private Path file;

    @BeforeEach
    void open() {
        file = Fixtures.install("configapi.config", dir);
        manager = new ServerManager(file, new InMemoryFtpServer().providers(), ConfigSchema.standard(), Map.of());
        config = manager.getApplicationHostConfiguration();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private ConfigurationElementCollection rules(String location) {
        return config.getSection(AUTHORIZATION, location).getCollection();
    }

    @Test
    void findComparesTypedValuesAndNamesWithoutRegardToCase() {
        ConfigurationElementCollection sites = config.getSection(SITES).getCollection();

        assertThat(sites.find("id", 2).orElseThrow().getAttributeValue("name")).isEqualTo("beta");
        assertThat(sites.find("id", "2")).isPresent();
        assertThat(sites.find("name", "DEFAULT ftp site")).isPresent();
        assertThat(sites.find("name", "gamma")).isEmpty();
        assertThat(sites.find("id", "two")).isEmpty();
        assertThatThrownBy(() -> sites.find("nme", "beta")).isInstanceOf(ConfigurationNotFoundException.class)
                .hasMessageStartingWith("<site> has no attribute 'nme' (did you mean 'name'?)");
    }

    @Test
    void removingAnItemWrittenAtThisLevelDeletesIt() {
        ConfigurationElementCollection site = rules("Default FTP Site");

        site.remove(site.find("users", "bob").orElseThrow());

        assertThat(rules("Default FTP Site")).extracting(r -> r.getAttributeValue("users")).containsExactly("admin", "*");
        assertThat(config.edits()).singleElement().isInstanceOfSatisfying(Edit.RemoveElement.class,
                r -> assertThat(r.element().value("users")).isEqualTo("bob"));
    }

    @Test
    void removingAnInheritedItemWritesARemoveOfItsKey() {
        ConfigurationElementCollection site = rules("Default FTP Site");

        site.remove(site.find("users", "admin").orElseThrow());

        assertThat(rules("Default FTP Site")).extracting(r -> r.getAttributeValue("users")).containsExactly("*", "bob");
        assertThat(rules("")).hasSize(2);
        assertThat(config.edits()).singleElement().isInstanceOfSatisfying(Edit.AddElement.class, add -> {
            assertThat(add.name()).isEqualTo("remove");
            assertThat(add.attributes()).containsExactly(Map.entry("users", "admin"), Map.entry("permissions", "Read, Write"));
            assertThat(add.before()).isNull();
        });
    }

    @Test
    void clearDeletesThisLevelsItemsAndWritesClearToHideInheritedOnes() throws Exception {
        rules("Default FTP Site").clear();

        assertThat(rules("Default FTP Site")).isEmpty();
        assertThat(rules("beta")).hasSize(2);
        manager.commitChanges();
        String text = Files.readString(file);
        assertThat(text).contains("<authorization>\n          <clear />\n        </authorization>").doesNotContain("users=\"bob\"");
    }

    @Test
    void anItemAddedAfterAClearIsTheOnlyOne() {
        ConfigurationElementCollection site = rules("Default FTP Site");
        site.clear();
        ConfigurationElement rule = site.createElement("add");
        rule.setAttributeValue("accessType", "Allow");
        rule.setAttributeValue("users", "carol");
        site.add(rule);

        assertThat(rules("Default FTP Site")).extracting(r -> r.getAttributeValue("users")).containsExactly("carol");
        assertThat(rule.getPath().filter()).isEqualTo(
                "/system.ftpServer/security/authorization/add[@users='carol' and @roles='' and @permissions='']");
    }

    @Test
    void anItemCanBeAddedAgainAfterItsInheritedCopyIsRemoved() {
        ConfigurationElementCollection site = rules("Default FTP Site");
        site.remove(site.find("users", "admin").orElseThrow());
        ConfigurationElement admin = site.createElement();
        admin.setAttributeValue("accessType", "Allow");
        admin.setAttributeValue("users", "admin");
        admin.setAttributeValue("permissions", "Read");
        site.add(admin);

        assertThat(rules("Default FTP Site")).extracting(r -> r.getAttributeValue("users") + ":" + r.getAttributeValue("permissions"))
                .containsExactly("*:Read", "bob:Read, Write", "admin:Read");
    }

    @Test
    void anItemWithTheKeyOfAnExistingOneIsRefused() {
        ConfigurationElementCollection site = rules("Default FTP Site");
        ConfigurationElement duplicate = site.createElement();
        duplicate.setAttributeValue("accessType", "deny"); // not part of the key: users, roles and permissions are
        duplicate.setAttributeValue("users", "*");
        duplicate.setAttributeValue("permissions", "Read");

        assertThatThrownBy(() -> site.add(duplicate)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an item with the same key is already there "
                        + "(/system.ftpServer/security/authorization/add[@users='*' and @roles='' and @permissions='Read'])");
    }

    @Test
    void anItemWithoutItsRequiredAttributesIsRefused() {
        ConfigurationElementCollection sites = config.getSection(SITES).getCollection();
        ConfigurationElement gamma = sites.createElement("site");
        gamma.setAttributeValue("name", "gamma");

        assertThatThrownBy(() -> sites.add(gamma)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot add <site> to /system.applicationHost/sites: the required attribute 'id' is not set");
        assertThatThrownBy(() -> sites.createElement("add")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the items of /system.applicationHost/sites are <site>, not <add>");
    }

    @Test
    void aNewSiteIsWrittenAmongTheSitesAndItsHandleKeepsWorking() throws Exception {
        ConfigurationElementCollection sites = config.getSection(SITES).getCollection();
        ConfigurationElement gamma = sites.createElement();
        gamma.setAttributeValue("name", "gamma");
        gamma.setAttributeValue("id", 3);
        sites.add(gamma);
        ConfigurationElementCollection bindings = gamma.getCollection("bindings");
        ConfigurationElement http = bindings.createElement();
        http.setAttributeValue("protocol", "http");
        http.setAttributeValue("bindingInformation", "*:8080:");
        bindings.add(http);
        gamma.setAttributeValue("serverAutoStart", false);

        manager.commitChanges();

        String text = Files.readString(file);
        assertThat(text).contains("      </site>\n"
                + "      <site name=\"gamma\" id=\"3\" serverAutoStart=\"false\">\n"
                + "        <bindings>\n"
                + "          <binding protocol=\"http\" bindingInformation=\"*:8080:\" />\n"
                + "        </bindings>\n"
                + "      </site>\n"
                + "      <siteDefaults>");
        try (ServerManager reread = new ServerManager(file)) {
            assertThat(reread.getApplicationHostConfiguration().getSection(SITES).getCollection())
                    .extracting(s -> s.getAttributeValue("name")).containsExactly("Default FTP Site", "beta", "gamma");
        }
    }

    @Test
    void aHandleOnAnItemFollowsItWhenItsKeyChanges() {
        ConfigurationElement beta = config.getSection(SITES).getCollection().find("name", "beta").orElseThrow();

        beta.setAttributeValue("name", "beta2");
        beta.getChildElement("ftpServer").setAttributeValue("allowUTF8", false);

        assertThat(beta.getPath().filter()).isEqualTo("/system.applicationHost/sites/site[@name='beta2']");
        assertThat(config.getSection(SITES).getCollection().find("name", "beta2").orElseThrow()
                .getChildElement("ftpServer").getAttributeValue("allowUTF8")).isEqualTo(false);
    }

    @Test
    void aRemovedItemsHandleSaysSo() {
        ConfigurationElementCollection site = rules("Default FTP Site");
        ConfigurationElement bob = site.find("users", "bob").orElseThrow();
        site.remove(bob);

        assertThatThrownBy(() -> bob.setAttributeValue("permissions", "Read")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is no longer in its collection");
    }
}
