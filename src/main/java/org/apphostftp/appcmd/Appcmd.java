package org.apphostftp.appcmd;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apphostftp.config.location.Problem;
import org.apphostftp.configapi.ConfigurationApiException;
import org.apphostftp.configapi.ConfigurationValidationException;
import org.apphostftp.configapi.ServerManager;

/**
 * IIS's appcmd for the FTP parts of applicationHost.config: {@code list|add|set|delete site|app|vdir},
 * {@code start|stop site}, {@code list|set|clear config}. Every change goes through the config API's commit; errors are
 * printed as appcmd prints them ({@code ERROR ( message:... )}) with exit code 1.
 */
public final class Appcmd {

    private final Path file;
    private final String displayName;
    private final Function<ServerManager, SiteRuntime> runtime;

    /**
     * @param runtime the running server of the configuration a manager reads ({@link SiteRuntime#none()} when there is none)
     */
    public Appcmd(Path file, String displayName, Function<ServerManager, SiteRuntime> runtime) {
        this.file = file;
        this.displayName = displayName;
        this.runtime = runtime;
    }

    /** Runs one command line (without the word appcmd); returns the exit code. */
    public int run(List<String> args, PrintWriter out, PrintWriter err) {
        try {
            AppcmdLine line = AppcmdLine.parse(args);
            if (line.help() || line.verb().isEmpty()) {
                out.print(Help.text(line));
                out.flush();
                return 0;
            }
            dispatch(line, out);
            out.flush();
            return 0;
        } catch (AppcmdException e) {
            return failed(e, out, err);
        } catch (ConfigurationValidationException e) { // a section the command read has errors
            return failed(Workspace.refused(e), out, err);
        } catch (ConfigurationApiException | IllegalArgumentException e) {
            out.flush();
            err.println("ERROR ( message:" + e.getMessage() + " )");
            err.flush();
            return 1;
        }
    }

    private static int failed(AppcmdException e, PrintWriter out, PrintWriter err) {
        out.flush();
        err.println("ERROR ( message:" + e.getMessage() + " )");
        for (Problem p : e.problems()) {
            err.println(p);
        }
        err.flush();
        return 1;
    }

    private void dispatch(AppcmdLine line, PrintWriter out) {
        String object = line.object();
        if (object.isEmpty()) {
            throw new AppcmdException("Missing object after \"" + line.verb() + "\": site, app, vdir or config");
        }
        if (List.of("apppool", "wp", "request", "module", "backup", "trace", "binding").contains(object)) {
            throw new AppcmdException("Object '" + object.toUpperCase(java.util.Locale.ROOT) + "' is not supported here: "
                    + "application pools, worker processes, requests, modules, backups and traces belong to the web server");
        }
        Workspace ws = line.verb().equals("list") ? Workspace.read(file, displayName, runtime) // checks what it reads
                : Workspace.open(file, displayName, runtime); // a change is checked in full, before and after
        String command = line.verb() + " " + object;
        switch (command) {
            case "list site" -> SiteVerbs.list(ws, line, out);
            case "add site" -> SiteVerbs.add(ws, line, out);
            case "set site" -> SiteVerbs.set(ws, line, out);
            case "delete site" -> SiteVerbs.delete(ws, line, out);
            case "start site" -> SiteVerbs.startOrStop(ws, line, out, true);
            case "stop site" -> SiteVerbs.startOrStop(ws, line, out, false);
            case "list app" -> AppVerbs.list(ws, line, out);
            case "add app" -> AppVerbs.add(ws, line, out);
            case "set app" -> AppVerbs.set(ws, line, out);
            case "delete app" -> AppVerbs.delete(ws, line, out);
            case "list vdir" -> VdirVerbs.list(ws, line, out);
            case "add vdir" -> VdirVerbs.add(ws, line, out);
            case "set vdir" -> VdirVerbs.set(ws, line, out);
            case "delete vdir" -> VdirVerbs.delete(ws, line, out);
            case "list config" -> ConfigVerbs.list(ws, line, out);
            case "set config" -> ConfigVerbs.set(ws, line, out);
            case "clear config" -> ConfigVerbs.clear(ws, line, out);
            default -> throw unsupported(line);
        }
    }

    private static AppcmdException unsupported(AppcmdLine line) {
        if (!List.of("site", "app", "vdir", "config").contains(line.object())) {
            return new AppcmdException("Object '" + line.object().toUpperCase(java.util.Locale.ROOT) + "' is not supported.  "
                    + "Run 'appcmd /?' to display supported objects.");
        }
        return new AppcmdException("Command \"" + line.verb() + "\" is not supported on object \""
                + line.object().toUpperCase(java.util.Locale.ROOT) + "\".");
    }
}
