package org.apphostftp.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.apphostftp.FtpHost;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.effective.ServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Override
    public Integer call() throws InterruptedException {
        ServerLogFile.attachIfConfigured().ifPresent(f -> LOG.info("server log also goes to {}", f));
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
        synchronized (running) {
            running.set(FtpHost.start(result, loader));
        }
        ReloadSignal.install(() -> running.get().reload());
        stopped.await();
        return 0;
    }
}
