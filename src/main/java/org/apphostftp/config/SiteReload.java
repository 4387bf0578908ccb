package org.apphostftp.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apphostftp.config.effective.FtpSiteSettings;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.config.effective.VirtualDirectory;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.xml.SafeXmlReader;
import org.apphostftp.config.xml.XmlDocument;

/**
 * A reload that reuses the sites it did not change. When a new version of the file differs from the previous valid
 * load only inside some sites ({@link SiteParts}: the frame, every site's name, id and bindings and every line outside
 * the changed sites are as before), only those sites are checked, bound and built again, from a copy of the file in
 * which the other sites are left out (their line breaks kept, so every line and column stays where it is); the other sites' configurations
 * and warnings are taken from the previous load. The result is the one a full load of the file gives; anything this
 * cannot show (a server-level change, a site renamed or rebound, lines moved, administration.config changed, a
 * folder or certificate file of a reused site gone) is left to the full load.
 */
final class SiteReload {

    private final LoadResult previous;
    private final SiteParts before;
    private final SiteParts after;
    private final Set<String> changed;

    private SiteReload(LoadResult previous, SiteParts before, SiteParts after, Set<String> changed) {
        this.previous = previous;
        this.before = before;
        this.after = after;
        this.changed = changed;
    }

    /**
     * The reload of {@code next} against {@code previous}, when only some sites changed.
     *
     * @param previous a valid load of the same file
     */
    static Optional<SiteReload> between(LoadResult previous, XmlDocument next) {
        if (!previous.ok() || previous.documents().isEmpty() || !reEncodable(next)) {
            return Optional.empty();
        }
        XmlDocument last = previous.documents().get(0);
        if (!last.path().equals(next.path()) || !last.displayName().equals(next.displayName())
                || previous.problems().stream().anyMatch(p -> inMain(p, last) && p.location().line() < 1)) {
            return Optional.empty();
        }
        Optional<SiteParts> before = SiteParts.of(last);
        Optional<SiteParts> after = SiteParts.of(next);
        if (before.isEmpty() || after.isEmpty() || !before.get().names().equals(after.get().names())
                || !before.get().frame().equals(after.get().frame())) {
            return Optional.empty();
        }
        Set<String> changed = new LinkedHashSet<>();
        for (String name : after.get().names()) {
            if (!before.get().texts(name).equals(after.get().texts(name))) {
                if (!before.get().identity(name).equals(after.get().identity(name))) {
                    return Optional.empty(); // the uniqueness and binding checks span every site
                }
                changed.add(name);
            }
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteReload(previous, before.get(), after.get(), changed));
    }

    /** The names (lower case) of the sites that changed. */
    Set<String> changed() {
        return Set.copyOf(changed);
    }

    /** The file as the load of the changed sites reads it: every other site blanked out, in the file's encoding. */
    byte[] reducedBytes() {
        XmlDocument next = after.document();
        String text = after.without(changed);
        byte[] body = text.getBytes(next.charset());
        if (!next.byteOrderMark()) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /**
     * Loads the changed sites with {@code load} (given {@link #reducedBytes()}) and puts the result together with the
     * reused sites; empty when the result could differ from a full load (administration.config changed meanwhile, a
     * folder or certificate file of a reused site is gone).
     */
    Optional<LoadResult> load(Function<byte[], LoadResult> load) {
        if (!reusedFilesExist()) {
            return Optional.empty();
        }
        LoadResult part = load.apply(reducedBytes());
        List<XmlDocument> documents = new ArrayList<>(part.documents());
        if (documents.isEmpty() || !sameAdministration(documents)) {
            return Optional.empty();
        }
        documents.set(0, after.document());
        List<Problem> problems = new ArrayList<>(part.problems());
        problems.addAll(reusedProblems());
        problems.sort(Problem.BY_LOCATION);
        Optional<ServerConfig> config = part.config().flatMap(this::merge);
        if (part.ok() && config.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LoadResult(config, List.copyOf(problems), List.copyOf(documents)));
    }

    /** The new configuration: the changed sites as just built, every other site as the previous load built it. */
    private Optional<ServerConfig> merge(ServerConfig changedOnly) {
        ServerConfig last = previous.orElseThrow();
        Map<String, SiteConfig> old = byName(last.sites());
        Map<String, SiteConfig> fresh = byName(changedOnly.sites());
        List<SiteConfig> sites = new ArrayList<>(last.sites().size());
        int reused = 0;
        for (String name : after.names()) {
            SiteConfig site = changed.contains(name) ? fresh.get(name) : old.get(name);
            if (site != null) {
                sites.add(site);
                reused += changed.contains(name) ? 0 : 1;
            }
        }
        long oldChanged = last.sites().stream().filter(s -> changed.contains(key(s))).count();
        if (reused + oldChanged != last.sites().size() || fresh.size() != changedOnly.sites().size()) {
            return Optional.empty(); // a site the parts do not name: the names are not what the builder read
        }
        return Optional.of(new ServerConfig(changedOnly.configFile(), List.copyOf(sites), changedOnly.global(),
                changedOnly.credentials()));
    }

    /** The previous load's warnings about the reused sites (their lines and columns have not moved). */
    private List<Problem> reusedProblems() {
        XmlDocument last = before.document();
        if (previous.problems().stream().noneMatch(p -> inMain(p, last))) {
            return List.of();
        }
        int[] lineStarts = SafeXmlReader.lineStarts(last.text());
        List<SiteParts.Part> reused = new ArrayList<>();
        for (String name : before.names()) {
            if (!changed.contains(name)) {
                reused.addAll(before.parts(name));
            }
        }
        List<Problem> out = new ArrayList<>();
        for (Problem p : previous.problems()) {
            if (inMain(p, last) && p.location().line() <= lineStarts.length) {
                int offset = lineStarts[p.location().line() - 1] + p.location().column() - 1;
                if (reused.stream().anyMatch(part -> part.start() <= offset && offset < part.end())) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The files the checks of a reused site found (its folders, its certificate and key) are still there. */
    private boolean reusedFilesExist() {
        for (SiteConfig site : previous.orElseThrow().sites()) {
            if (!changed.contains(key(site))) {
                for (VirtualDirectory v : site.virtualDirectories()) {
                    if (!Files.isDirectory(v.physicalPath())) {
                        return false;
                    }
                }
                FtpSiteSettings.Ssl ssl = site.ftp().ssl();
                if (Stream.of(ssl.serverCertFile(), ssl.serverCertKeyFile()).flatMap(Optional::stream)
                        .anyMatch(f -> !Files.isRegularFile(f))) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean sameAdministration(List<XmlDocument> documents) {
        List<XmlDocument> last = previous.documents();
        return documents.size() == last.size() && (documents.size() < 2 || documents.get(1).sha256().equals(last.get(1).sha256()));
    }

    private static boolean reEncodable(XmlDocument document) {
        return !document.byteOrderMark() || document.charset().equals(StandardCharsets.UTF_8);
    }

    private static boolean inMain(Problem p, XmlDocument main) {
        return p.location().file().equals(main.displayName());
    }

    private static Map<String, SiteConfig> byName(List<SiteConfig> sites) {
        Map<String, SiteConfig> out = new HashMap<>();
        sites.forEach(s -> out.put(key(s), s));
        return out;
    }

    private static String key(SiteConfig site) {
        return site.name().toLowerCase(Locale.ROOT);
    }
}
