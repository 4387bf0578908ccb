package org.apphostftp.site;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Supplier;
import org.apache.ftpserver.command.CommandFactory;
import org.apache.mina.core.service.IoProcessor;
import org.apache.mina.transport.socket.nio.NioSession;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.session.SessionRegistry;
import org.apphostftp.site.data.PassivePortPool;
import org.apphostftp.site.data.TransferWatchdog;

/**
 * What every endpoint of the host shares: the session registry, the passive ports, the transfer watchdog, one
 * ordered thread pool (idle sessions hold no thread; transfers cannot starve logins), one pool of I/O processors,
 * the security services, the W3C log, the current server-level settings, the control connections' timeouts and the
 * connection rules of the whole process (descriptor reserve, per-address limit) and the FTP command table.
 */
public record FtpServices(
        SessionRegistry registry,
        PassivePortPool passivePorts,
        TransferWatchdog watchdog,
        ThreadPoolExecutor executor,
        IoProcessor<NioSession> processors,
        ScheduledExecutorService timer,
        LoginService logins,
        CommandLog log,
        Supplier<GlobalSettings> global,
        SessionTimeouts timeouts,
        List<ConnectionRule> processRules,
        Supplier<CommandFactory> commands) {
}
