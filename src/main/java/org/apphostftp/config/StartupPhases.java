package org.apphostftp.config;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a client command's time goes, phase by phase: off unless the JVM runs with {@code -Dapphost.phases=true}
 * ({@code APPHOST_FTP_JAVA_OPTS=-Dapphost.phases=true bin/apphost-ftp validate}; {@code =trace} also prints each
 * phase as it ends, between the lines of {@code -Xlog:class+load:stderr}), then each {@link #mark} notes the
 * wall time and the thread's CPU time since the previous one (the timer's own work left out), and {@link #print} writes them to stderr with the JVM's
 * time before {@code main}. Switched off, a mark is one read of a constant.
 */
public final class StartupPhases {

    /** The system property that switches the timer on. */
    public static final String PROPERTY = "apphost.phases";

    private static final boolean ON = Boolean.getBoolean(PROPERTY) || "trace".equals(System.getProperty(PROPERTY));
    private static final boolean TRACE = "trace".equals(System.getProperty(PROPERTY));
    private static final List<Object[]> LINES = ON ? new ArrayList<>() : List.of();
    private static final long PROCESS_CPU_AT_START = ON ? processCpuMillis() : 0;
    private static long lastCpu = ON ? cpuNanos() : 0;
    private static long lastWall = ON ? System.nanoTime() : 0;
    private static final long START_WALL = lastWall;

    private StartupPhases() {
    }

    /** Ends the phase called {@code name} (the time since the previous mark, or since the timer's start). */
    public static synchronized void mark(String name) {
        if (!ON) {
            return;
        }
        long wall = System.nanoTime();
        long cpu = cpuNanos();
        // formatted only when printed: the first String.format loads the Formatter, which would count in the next phase
        String thread = Thread.currentThread().getName();
        LINES.add(new Object[] {name, (wall - lastWall) / 1e6, (cpu - lastCpu) / 1e6, thread});
        if (TRACE) {
            System.err.println("phases: " + name + " " + (wall - lastWall) / 1_000_000 + " ms [" + thread + "]");
        }
        lastWall = System.nanoTime();
        lastCpu = cpuNanos();
    }

    /** Writes the phases, the JVM's time before the first of them and the process's CPU time to {@code err}. */
    public static synchronized void print(PrintStream err) {
        if (!ON) {
            return;
        }
        long cpuBeforePrint = processCpuMillis();
        java.lang.management.RuntimeMXBean runtime = java.lang.management.ManagementFactory.getRuntimeMXBean();
        long sinceStart = (System.nanoTime() - START_WALL) / 1_000_000;
        long beforeMain = runtime.getUptime() - sinceStart;
        err.printf("phases: JVM until the timer started ~%d ms wall, %d ms process cpu%n", beforeMain, PROCESS_CPU_AT_START);
        for (Object[] l : LINES) {
            err.println(String.format("phases: %-34s %7.1f ms wall %7.1f ms cpu  [%s]", l));
        }
        err.printf("phases: process cpu before printing %d ms%n", cpuBeforePrint);
    }

    /** User + system time of this process from /proc (10 ms steps), without loading the management classes. */
    private static long processCpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long cpuNanos() {
        return ON ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() : 0;
    }
}
