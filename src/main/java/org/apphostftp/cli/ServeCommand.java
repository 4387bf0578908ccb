package org.apphostftp.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.apphostftp.FtpHost;
import org.apphostftp.NodeOverrides;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.effective.ServerConfig;
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
        "Run the FTP server in the foreground; stops cleanly on Ctrl-C (SIGINT) or SIGTERM.",
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
        ConfigLoader loader = ConfigLoader.standard();
        LoadResult result = ValidateCommand.loadAndReport(loader, config, spec.commandLine().getErr());
        if (!result.ok()) {
            return 1;
        }
        ServerConfig loaded = result.config().orElseThrow();
        LOG.info("loaded {}: {}", config.config, ValidateCommand.summary(loaded));
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<FtpHost> running = new AtomicReference<>();
        // registered before the start: a SIGTERM that arrives while sites open still closes them (421 to their clients)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (running) {
                LOG.info("stopping");
                if (running.get() != null) {
                    running.get().close();
                }
            }
            stopped.countDown();
        }, "shutdown"));
        NodeOverrides overrides = new NodeOverrides(Optional.ofNullable(node), Optional.ofNullable(address), Optional.ofNullable(admin));
        synchronized (running) {
            try {
                running.set(FtpHost.start(result, loader, overrides));
            } catch (FarmSettingsException e) {
                spec.commandLine().getErr().println(config.config + ": " + e.getMessage());
                return 1;
            }
        }
        stopped.await();
        return 0;
    }
}
