package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.LoadedFile;
import org.apphostftp.config.effective.LoadedConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only configuration a running host shares between its readers: made once per load, never written. */
class ConfigurationViewTest {

    private static final String SESSION_ID = "a7a1e257-031a-4565-a980-d046ace326fb";
    private static final String SITE = "/system.applicationHost/sites/site[@name='Default FTP Site']";

    @TempDir
    Path dir;

    private final ConfigLoader loader = Fixtures.loader();
    private RuntimeProviders providers;
    private LoadResult loaded;
    private ConfigurationView view;

    private InMemoryFtpServer server;

    @BeforeEach
    void load() {
        server = new InMemoryFtpServer().started("Default FTP Site").connect("Default FTP Site", SESSION_ID, "bob", "::1");
        providers = server.providers();
        loaded = loader.load(Fixtures.install("configapi.config", dir));
        view = new ConfigurationView(loader.schema());
    }

    /** What the host hands the view on each read: a new handle on the load that runs. */
    private LoadedConfiguration handed(LoadResult load) {
        return new LoadedFile(dir.resolve("applicationHost.config"), load, loader);
    }

    private ConfigurationElement site(Configuration configuration) {
        return configuration.select(SITE).get(0);
    }

    @Test
    void everyReaderOfOneLoadGetsTheSameConfigurationAndANewLoadGetsANewOne() {
        Configuration first = view.of(handed(loaded), providers);
        assertThat(view.of(handed(loaded), providers)).isSameAs(first);
        assertThat(first.isReadOnly()).isTrue();

        LoadResult reloaded = loader.load(loaded.documents().get(0).path());
        Configuration second = view.of(handed(reloaded), providers);
        assertThat(second).isNotSameAs(first);
        assertThat(view.of(handed(reloaded), providers)).isSameAs(second);
        assertThat(view.of(handed(reloaded), RuntimeProviders.offline())).as("other runtime providers").isNotSameAs(second);
    }

    @Test
    void theViewShowsTheRuntimePartsAsTheyAreAtEachRead() {
        Configuration configuration = view.of(handed(loaded), providers);
        assertThat(configuration.select(SITE + "/ftpServer/sessions/session[@userName='bob']")).hasSize(1);
        assertThat(site(configuration).getChildElement("ftpServer").getAttributeValue("state").toString()).isEqualTo("Started");
    }

    @Test
    void everyWriteToTheViewIsRefusedAndChangesNothing() {
        Configuration configuration = view.of(handed(loaded), providers);
        ConfigurationElement connections = site(configuration).getChildElement("ftpServer").getChildElement("connections");
        Object timeout = connections.getAttributeValue("controlChannelTimeout");
        ConfigurationElementCollection sites = configuration.getSection("system.applicationHost/sites").getCollection();

        assertThatThrownBy(() -> connections.setAttributeValue("controlChannelTimeout", 5))
                .isInstanceOf(ReadOnlyConfigurationException.class).hasMessageContaining("shared read-only view");
        assertThatThrownBy(() -> connections.deleteAttribute("controlChannelTimeout")).isInstanceOf(ReadOnlyConfigurationException.class);
        assertThatThrownBy(sites::createElement).isInstanceOf(ReadOnlyConfigurationException.class);
        assertThatThrownBy(() -> sites.remove(sites.get(0))).isInstanceOf(ReadOnlyConfigurationException.class);
        assertThatThrownBy(sites::clear).isInstanceOf(ReadOnlyConfigurationException.class);

        assertThat(configuration.hasChanges()).isFalse();
        assertThat(site(view.of(handed(loaded), providers)).getChildElement("ftpServer").getChildElement("connections")
                .getAttributeValue("controlChannelTimeout")).isEqualTo(timeout);
    }

    @Test
    void aLoadWithErrorsGivesNoView() {
        LoadResult broken = loader.loadProposed(dir.resolve("applicationHost.config"), "broken.config",
                "<configuration><system.applicationHost><sites><site name=\"A\" id=\"x\"/></sites></system.applicationHost></configuration>"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(broken.ok()).isFalse();
        assertThatThrownBy(() -> view.of(handed(broken), providers)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The shared view finds a site by name through an index: the same elements a ServerManager's walk finds. */
    @Test
    void aSiteLookedUpByNameFindsWhatAServerManagerFinds() {
        Configuration shared = view.of(handed(loaded), providers);
        Configuration walked = ServerManager.of(handed(loaded), providers).getApplicationHostConfiguration();
        for (String filter : List.of("site[@name='beta']", "site[@name='BETA']", "site[@name='Default FTP Site']",
                "site[@name='nowhere']", "site[@name='']", "site[@name!='beta']", "site[@name='beta' or @name='Default FTP Site']",
                "site[@name='beta' and @id='2']", "site[@name='beta' and @id='3']", "site[@name='beta']/bindings/binding",
                "site[@name='Default FTP Site']/ftpServer/sessions/session[@userName='bob']")) {
            String absolute = "/system.applicationHost/sites/" + filter;
            assertThat(paths(shared.select(absolute))).as(filter).isEqualTo(paths(walked.select(absolute)));
        }
        assertThat(shared.select("/system.applicationHost/sites/site[@name='beta']")).hasSize(1);
        assertThat(shared.select("/system.applicationHost/sites/site[@name='nowhere']")).isEmpty();
    }

    /** A filter asked again (the view keeps it compiled) still reads the runtime parts as they are at that moment. */
    @Test
    void aFilterAskedAgainReadsTheSessionsAsTheyAreThen() {
        Configuration configuration = view.of(handed(loaded), providers);
        String sessions = SITE + "/ftpServer/sessions/session";
        assertThat(configuration.select(sessions)).hasSize(1);

        server.connect("Default FTP Site", "0f0e7a52-5d7e-4a8e-9c1b-2b7f3f1d9a11", "carol", "192.0.2.7");

        assertThat(configuration.select(sessions)).hasSize(2);
        assertThat(configuration.select(sessions + "[@userName='carol']")).hasSize(1);
    }

    /** Hostile: a filter that does not compile is refused every time it is asked, with the same message. */
    @Test
    void aBadFilterIsRefusedEachTimeItIsAsked() {
        Configuration configuration = view.of(handed(loaded), providers);
        String bad = "/system.applicationHost/sites/stie[@name='beta']";

        assertThatThrownBy(() -> configuration.select(bad)).isInstanceOf(InvalidFilterException.class).hasMessageContaining("stie");
        assertThatThrownBy(() -> configuration.select(bad)).isInstanceOf(InvalidFilterException.class).hasMessageContaining("stie");
        assertThat(configuration.select("/system.applicationHost/sites/site[@name='beta']")).hasSize(1);
    }

    private static List<String> paths(List<ConfigurationElement> elements) {
        return elements.stream().map(e -> e.getPath().toString()).toList();
    }

    /** Hostile: many threads look sites up at once on a new view, so the index is made while others wait for it. */
    @Test
    void manyThreadsLookSitesUpAtOnceOnANewView() throws Exception {
        Configuration configuration = view.of(handed(loaded), providers);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<String>>> readers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String name = t % 2 == 0 ? "beta" : "Default FTP Site";
                readers.add(() -> paths(configuration.select("/system.applicationHost/sites/site[@name='" + name + "']")));
            }
            List<Future<List<String>>> answers = pool.invokeAll(readers, 20, TimeUnit.SECONDS);
            for (int t = 0; t < answers.size(); t++) {
                String name = t % 2 == 0 ? "beta" : "Default FTP Site";
                assertThat(answers.get(t).get()).hasSize(1).allMatch(p -> p.contains(name));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Hostile: readers on many threads at once while the load changes under them; each reads one whole configuration. */
    @Test
    void manyThreadsReadAtOnceWhileTheLoadChanges() throws Exception {
        List<LoadResult> loads = List.of(loaded, loader.load(loaded.documents().get(0).path()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> readers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                readers.add(() -> {
                    int read = 0;
                    for (int i = 0; i < 200; i++) {
                        Configuration c = view.of(handed(loads.get((thread + i) % 2)), providers);
                        read += c.select(SITE).size() + c.select(SITE + "/ftpServer/sessions/session").size();
                    }
                    return read;
                });
            }
            for (Future<Integer> f : pool.invokeAll(readers, 20, TimeUnit.SECONDS)) {
                assertThat(f.get()).isEqualTo(400);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
