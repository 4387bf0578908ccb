package org.apphostftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real command-line clients (curl, lftp, Python's ftplib) run as processes against a test server. */
public final class ExternalClients {

    /** What a client process printed and how it ended. */
    public record Result(int exitCode, String out, String err) {
    }

    private ExternalClients() {
    }

    public static Result run(Path workDir, List<String> command, String stdin) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
            Process p = pb.start();
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            var out = p.getInputStream().readAllBytes();
            var err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("client did not finish: " + command);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static Result curl(Path workDir, String... args) {
        List<String> cmd = new ArrayList<>(List.of("curl", "--silent", "--show-error", "--max-time", "30"));
        cmd.addAll(List.of(args));
        return run(workDir, cmd, null);
    }

    /** lftp with the given script (commands separated by ';'), never asking questions. */
    public static Result lftp(Path workDir, String url, String script) {
        return run(workDir, List.of("lftp", "-c", "set cmd:fail-exit true; set net:max-retries 1; set net:timeout 10; "
                + "set ssl:verify-certificate no; open " + url + "; " + script), null);
    }

    /** Python's ftplib running {@code code} with {@code ftplib} imported. */
    public static Result python(Path workDir, String code) {
        return run(workDir, List.of("python3", "-c", "import ftplib, sys\n" + code), null);
    }
}
