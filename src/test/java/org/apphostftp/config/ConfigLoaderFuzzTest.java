package org.apphostftp.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.xml.SafeXmlReader;
import org.apphostftp.config.xml.XmlAttribute;
import org.apphostftp.config.xml.XmlDocument;
import org.apphostftp.config.xml.XmlElement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mutation fuzz of the loader over the fixtures (issue 11 item 4): each mutant changes one thing of a valid file
 * (an attribute's value, an attribute or element removed, an element repeated or renamed, an attribute added) and must
 * either load or give errors with FILE:LINE:COL, never an exception. Seeded, so a failure is repeatable; bounded by
 * count, so it takes a few seconds.
 */
class ConfigLoaderFuzzTest {

    private static final long SEED = 20_261_207L;
    private static final int MUTANTS_PER_FIXTURE = 80;
    private static final String FILE = "fuzz.config";

    private static final List<String> VALUES = List.of("", " ", "x", "0", "-1", "65536", "4294967296", "99999999999999999999",
            "abc", "/", "//", "..", "/../x", "a/b", "\\", "*", "?", "true", "False", "Read, Foo", "Read,Write", "1,2",
            "%UNSET%", "%SystemDrive%\\inetpub\\logs\\LogFiles", "127.0.0.1:2121:", ":::", "[::1]:21:", "*:0:", "1.2.3.4:x:",
            "00:00:30", "-00:00:01", "99:99:99", "Site", "Central", "StyleUnix, Foo", "/dev/zero", "\u202e", "\u0000".substring(1));
    private static final List<String> NAMES = List.of("add", "remove", "clear", "site", "location", "siteDefaults", "session",
            "ftpServer", "security", "authorization", "application", "virtualDirectory", "binding", "sessions", "logFile",
            "centralLogFile", "providers", "x");
    private static final List<String> ATTRIBUTES = List.of("lockItem", "lockAttributes", "lockElements", "lockAllAttributesExcept",
            "lockAllElementsExcept", "overrideMode", "path", "name", "id", "enabled", "users", "roles", "permissions", "accessType",
            "state", "sessionId", "directory", "tokenFile", "physicalPath", "bindingInformation", "protocol", "mode", "unknown");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"minimal-anonymous.config", "site-defaults.config", "virtual-hosts.config", "user-isolation.config",
            "iis-real-world.config", "configapi.config", "invalid-many-errors.config"})
    void everyMutantLoadsOrGivesLocatedErrors(String fixture) throws Exception {
        Path file = Fixtures.install(fixture, dir);
        String original = Fixtures.text(fixture);
        XmlDocument document = new SafeXmlReader().parse(file, FILE, original.getBytes(StandardCharsets.UTF_8));
        List<XmlElement> elements = new ArrayList<>();
        collect(document.root(), elements);
        Random random = new Random(SEED + fixture.hashCode());
        ConfigLoader loader = Fixtures.loader();

        for (int i = 0; i < MUTANTS_PER_FIXTURE; i++) {
            String mutant = mutate(original, elements, random);
            LoadResult result;
            try {
                result = loader.loadProposed(file, FILE, mutant.getBytes(StandardCharsets.UTF_8));
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("mutant " + i + " of " + fixture + " threw " + e + "\n" + mutant, e);
            }
            for (Problem p : result.errors()) {
                if (!p.location().file().equals(FILE) || p.location().line() < 1 || p.location().column() < 1) {
                    fail("mutant " + i + " of " + fixture + ": error without FILE:LINE:COL: " + p + "\n" + mutant);
                }
            }
        }
        assertThat(elements).isNotEmpty();
    }

    static void collect(XmlElement e, List<XmlElement> out) {
        out.add(e);
        e.children().forEach(c -> collect(c, out));
    }

    /** One mutant of {@code text} (also the inputs of {@link TypedModelBinderTest}). */
    static String mutate(String text, List<XmlElement> elements, Random random) {
        XmlElement e = elements.get(random.nextInt(elements.size()));
        List<XmlAttribute> attributes = e.attributes();
        switch (random.nextInt(6)) {
            case 0 -> {
                if (!attributes.isEmpty()) {
                    XmlAttribute a = attributes.get(random.nextInt(attributes.size()));
                    return text.substring(0, a.valueStart()) + escape(pick(VALUES, random)) + text.substring(a.valueEnd());
                }
            }
            case 1 -> {
                if (!attributes.isEmpty()) {
                    XmlAttribute a = attributes.get(random.nextInt(attributes.size()));
                    return text.substring(0, a.nameStart()) + text.substring(a.valueEnd() + 1);
                }
            }
            case 2 -> {
                if (e.parent() != null) {
                    return text.substring(0, e.start()) + text.substring(e.end());
                }
            }
            case 3 -> {
                if (e.parent() != null) {
                    return text.substring(0, e.end()) + text.substring(e.start(), e.end()) + text.substring(e.end());
                }
            }
            case 4 -> {
                if (e.parent() != null && e.selfClosing()) {
                    return text.substring(0, e.start() + 1) + pick(NAMES, random) + text.substring(e.start() + 1 + e.name().length());
                }
            }
            default -> {
                int at = e.start() + 1 + e.name().length();
                return text.substring(0, at) + " " + pick(ATTRIBUTES, random) + "=\"" + escape(pick(VALUES, random)) + "\""
                        + text.substring(at);
            }
        }
        int at = e.start() + 1 + e.name().length(); // the mutation did not fit this element: add an attribute instead
        return text.substring(0, at) + " " + pick(ATTRIBUTES, random) + "=\"" + escape(pick(VALUES, random)) + "\"" + text.substring(at);
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
