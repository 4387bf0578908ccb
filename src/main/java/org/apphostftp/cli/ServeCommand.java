package org.apphostftp.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.apphostftp.FtpHost;
import org.apphostftp.NodeOverrides;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.LoadedFile;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.effective.SiteState;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationElementCollection;
import org.apphostftp.farm.FarmSettingsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: run the server in the foreground until SIGINT or SIGTERM. */
@Command(name = "serve", description = {
        "Run the FTP server in the foreground; stops cleanly on Ctrl-C (SIGINT) or SIGTERM; SIGHUP reads the files again.",
        "An invalid configuration prints the same errors as 'validate' and exits 1."})
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    private ConfigOption config;

    @Spec
    private CommandSpec spec;

    @Option(names = "--node", paramLabel = "NAME",
            description = "This node's name in the farm of system.ftpServer/farm (its sessions' serverName).")
    private String node;

    @Option(names = "--address", paramLabel = "IP",
            description = "The address this node's '*' bindings and farm traffic use (each node of a farm has its own).")
    private String address;

    @Option(names = "--admin", paramLabel = "IP:PORT",
            description = "This node's admin endpoint instead of system.ftpServer/management/@bindingInformation.")
    private String admin;

    @Override
    public Integer call() throws InterruptedException {
        ServerLogFile.attachIfConfigured().ifPresent(f -> LOG.info("server log also goes to {}", f));
        ConfigLoader loader = ConfigLoader.standard();
        LoadResult result = ValidateCommand.loadAndReport(loader, config, spec.commandLine().getErr());
        if (!result.ok()) {
            return 1;
        }
        ServerConfig loaded = result.config().orElseThrow();
        LOG.info("loaded {}: {}", config.config, ValidateCommand.summary(result));
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<FtpHost> running = new AtomicReference<>();
        // registered before the start: a SIGTERM that arrives while sites open still closes them (421 to their clients)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (running) {
                LOG.info("stopping");
                if (running.get() != null) {
                    running.get().shutdown(); // running transfers may finish (serverRuntime/shutdown/@drainTimeout)
                }
            }
            stopped.countDown();
        }, "shutdown"));
        // before the ports open too: SIGHUP's default action would end the process
        ReloadSignal.install(() -> {
            FtpHost host = running.get();
            if (host != null) {
                host.reload();
            }
        });
        NodeOverrides overrides = new NodeOverrides(Optional.ofNullable(node), Optional.ofNullable(address), Optional.ofNullable(admin));
        synchronized (running) {
            try {
                running.set(FtpHost.start(new LoadedFile(config.path(), result, loader), overrides));
            } catch (FarmSettingsException e) {
                spec.commandLine().getErr().println(config.config + ": " + e.getMessage());
                return 1;
            }
            Optional<String> nothingListens = nothingListens(loaded, running.get());
            if (nothingListens.isPresent()) {
                spec.commandLine().getErr().println("apphost-ftp: " + nothingListens.get());
                running.get().close();
                running.set(null);
                return 1;
            }
        }
        stopped.await();
        return 0;
    }

    /**
     * Why serving is pointless: every site that should run failed to open its ports (they are reported as IIS does,
     * state Stopped and lastStartupStatus 10048, and the server goes on when at least one site runs).
     */
    static Optional<String> nothingListens(ServerConfig loaded, FtpHost host) {
        ConfigurationElementCollection sites = host.serverManager().getApplicationHostConfiguration()
                .getSection("system.applicationHost/sites").getCollection();
        List<String> failed = new ArrayList<>();
        boolean anyStarted = false;
        for (ConfigurationElement site : sites) {
            String name = String.valueOf(site.getAttributeValue("name"));
            ConfigurationElement ftp = site.getChildElement("ftpServer");
            Object state = ftp.getAttributeValue("state");
            Object status = ftp.getAttributeValue("lastStartupStatus");
            if (state == null) {
                continue; // not an FTP site
            }
            if (SiteState.STARTED.iisName().equals(state.toString()) || state == SiteState.STARTED) {
                anyStarted = true;
            } else if (status instanceof Number n && n.longValue() != 0) {
                loaded.sites().stream().filter(c -> c.name().equals(name)).flatMap(c -> c.bindings().stream())
                        .map(b -> b.endpoint().toString()).distinct()
                        .forEach(e -> failed.add(e + " (site '" + name + "', status " + n + ")"));
            }
        }
        if (anyStarted || failed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("no FTP port could be opened: " + String.join(", ", failed)
                + "; is another server listening there? (status 10048: address in use, 10013: access denied)");
    }
}
