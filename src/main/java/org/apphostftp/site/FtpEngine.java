package org.apphostftp.site;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.ftpserver.command.CommandFactory;
import org.apache.mina.core.service.SimpleIoProcessorPool;
import org.apache.mina.filter.executor.OrderedThreadPoolExecutor;
import org.apache.mina.transport.socket.nio.NioProcessor;
import org.apache.mina.transport.socket.nio.NioSession;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.session.SessionRegistry;
import org.apphostftp.site.data.PassivePortPool;
import org.apphostftp.site.data.TransferWatchdog;

/**
 * The threads every endpoint of the host shares: one pool of I/O processors, one command pool that keeps each
 * session's events in order but holds no thread for an idle session (so transfers cannot starve logins), a timer
 * and the transfer watchdog.
 */
public final class FtpEngine implements AutoCloseable {

    private static final long DRAIN_SECONDS = 5;

    private final TransferWatchdog watchdog = new TransferWatchdog();
    private final ScheduledExecutorService timer = deadlineTimer();
    private final ThreadPoolExecutor executor = new OrderedThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            daemon("ftp-command"), null);
    private final SimpleIoProcessorPool<NioSession> processors = new SimpleIoProcessorPool<>(NioProcessor.class);
    private final Supplier<CommandFactory> commands;

    /** @param commands the FTP command table (site.command): given from above so that site never imports it */
    public FtpEngine(Supplier<CommandFactory> commands) {
        this.commands = commands;
    }

    /** The services the endpoints of a host run on. */
    public FtpServices services(SessionRegistry registry, PassivePortPool passivePorts, LoginService logins, CommandLog log,
                                Supplier<GlobalSettings> global) {
        ConnectionRule reserve = new DescriptorReserve(DescriptorReserve.Descriptors.ofProcess(),
                () -> global.get().limits().reservedFileDescriptors());
        ConnectionRule perClient = new ClientAddressLimit(() -> global.get().limits().maxConnectionsPerClient());
        return new FtpServices(registry, passivePorts, watchdog, executor, processors, timer, logins, log, global,
                new SessionTimeouts(timer), List.of(reserve, perClient), commands);
    }

    /**
     * Lets queued session events finish (their sessionClosed releases ports and writes the log's last lines), then
     * stops every thread. Endpoints must be stopped first.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        watchdog.close();
        timer.shutdownNow();
        processors.dispose();
    }

    /**
     * The timer of session deadlines. A cancelled task leaves its queue at once: every session arms a login deadline
     * (unauthenticatedTimeout) that its login cancels, and left in the queue each would still wake the timer thread
     * when it falls due, one needless wake-up per login.
     */
    static ScheduledThreadPoolExecutor deadlineTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon("ftp-timer"));
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
