package org.apphostftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API is what api/apphost-ftp.api records: one line per public or protected class, constructor, method and
 * field of the exported packages. A change of the API is then a visible diff of that file in review.
 */
class PublicApiTest {

    static final Path API_FILE = Path.of("api", "apphost-ftp.api");

    /** The packages a user may import (README, "Public API"): those module-info.java exports. */
    static final List<String> EXPORTED = List.of("org.apphostftp", "org.apphostftp.configapi",
            "org.apphostftp.config.jaxb", "org.apphostftp.config.effective", "org.apphostftp.config.location",
            "org.apphostftp.config.schema");

    private static final Pattern TYPE_NAME = Pattern.compile("org\\.apphostftp(\\.[a-z]\\w*)*\\.[A-Z][\\w$]*");

    @Test
    void theApiFileRecordsThePublicApiOfTheExportedPackages() throws IOException {
        List<String> api = currentApi();
        if (Boolean.getBoolean("api.update")) {
            Files.createDirectories(API_FILE.getParent());
            Files.write(API_FILE, api, StandardCharsets.UTF_8);
        }
        List<String> recorded = Files.exists(API_FILE) ? Files.readAllLines(API_FILE, StandardCharsets.UTF_8) : List.of();
        assertThat(api)
                .as("the public API differs from %s; if the change is meant, rewrite the file with "
                        + "`mvn -o test -Dtest=PublicApiTest -Dapi.update=true` and commit it beside the change "
                        + "(and a CHANGELOG line)", API_FILE)
                .containsExactlyElementsOf(recorded);
    }

    @Test
    void theModuleExportsThePublicPackagesAndNoOther() throws IOException, URISyntaxException {
        Path root = Path.of(FtpHost.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        java.lang.module.ModuleDescriptor module;
        try (var in = Files.newInputStream(root.resolve("module-info.class"))) {
            module = java.lang.module.ModuleDescriptor.read(in);
        }
        Set<String> expected = new TreeSet<>(EXPORTED);
        assertThat(module.name()).isEqualTo("org.apphostftp");
        assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(module.exports().stream().map(java.lang.module.ModuleDescriptor.Exports::source).sorted())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void publicSignaturesNameOnlyPublicTypes() {
        assertThat(internalTypesNamedBy(currentApi())).as("internal types in public signatures").isEmpty();
    }

    /** The check itself: every place a signature can name a type is seen (the class below names one in each). */
    @Test
    void anInternalTypeInAnyPartOfAPublicSignatureIsFound() {
        assertThat(internalTypesNamedBy(describe(Leaky.class))).extracting(s -> s.substring(0, s.indexOf(' ')))
                .containsExactlyInAnyOrder(
                        "org.apphostftp.config.xml.XmlDocument", // type argument of the superclass
                        "org.apphostftp.config.LoadResult", // field
                        "org.apphostftp.config.ConfigLoader", // constructor parameter
                        "org.apphostftp.host.HostRuntime", // type argument of a return type
                        "org.apphostftp.config.LoadedFile", // bound of a type variable
                        "org.apphostftp.config.xml.XmlSyntaxException", // thrown
                        "org.apphostftp.site.SiteRuntime"); // protected method's parameter
    }

    /** A public class of an exported package that names an internal type wherever a signature can. */
    @SuppressWarnings("serial")
    public static class Leaky extends ArrayList<org.apphostftp.config.xml.XmlDocument> {
        public org.apphostftp.config.LoadResult loaded;
        private org.apphostftp.config.xml.ElementNode<?> hidden; // private: not part of the API

        public Leaky(org.apphostftp.config.ConfigLoader loader) {
        }

        public List<org.apphostftp.host.HostRuntime> runtimes() {
            return List.of();
        }

        public <T extends org.apphostftp.config.LoadedFile> T file(T file)
                throws org.apphostftp.config.xml.XmlSyntaxException {
            return file;
        }

        protected void site(org.apphostftp.site.SiteRuntime site) {
        }
    }

    /** Each internal type a line of {@code api} names, with the line. */
    private static Set<String> internalTypesNamedBy(List<String> api) {
        Set<String> internal = new TreeSet<>();
        for (String line : api) {
            Matcher m = TYPE_NAME.matcher(line);
            while (m.find()) {
                String type = m.group();
                if (!EXPORTED.contains(packageOf(type))) {
                    internal.add(type + "   in   " + line.strip());
                }
            }
        }
        return internal;
    }

    private static String packageOf(String typeName) {
        String outer = typeName.replaceAll("\\$.*", "");
        return outer.substring(0, outer.lastIndexOf('.'));
    }

    static List<String> currentApi() {
        List<String> lines = new ArrayList<>();
        mainClasses().stream()
                .filter(PublicApiTest::visible)
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach(c -> lines.addAll(describe(c)));
        return lines;
    }

    /** The compiled classes of the exported packages, read from the directory (or jar) FtpHost was loaded from. */
    private static List<Class<?>> mainClasses() {
        try {
            Path root = Path.of(FtpHost.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Class<?>> classes = new ArrayList<>();
            for (String pkg : EXPORTED) {
                Path dir = root.resolve(pkg.replace('.', '/'));
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String simple = f.getFileName().toString().replaceFirst("\\.class$", "");
                        classes.add(Class.forName(pkg + "." + simple, false, FtpHost.class.getClassLoader()));
                    }
                }
            }
            return classes;
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot list the compiled classes of " + EXPORTED, e);
        }
    }

    private static boolean visible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (k.isAnonymousClass() || k.isLocalClass() || k.isSynthetic() || !isPublicOrProtected(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> describe(Class<?> c) {
        List<String> lines = new ArrayList<>();
        lines.add(Modifier.toString(c.getModifiers() & ~Modifier.INTERFACE) + " " + kind(c) + " " + c.getName()
                + supertypes(c));
        TreeSet<String> members = new TreeSet<>();
        Stream.of(c.getDeclaredConstructors(), c.getDeclaredMethods(), c.getDeclaredFields())
                .flatMap(Arrays::stream)
                .map(Member.class::cast)
                .filter(m -> !m.isSynthetic() && isPublicOrProtected(m.getModifiers()))
                .filter(m -> !(m instanceof Method method && method.isBridge()))
                .forEach(m -> members.add("    " + signature(m)));
        lines.addAll(members);
        return lines;
    }

    private static String signature(Member m) {
        if (m instanceof Field f) {
            return Modifier.toString(f.getModifiers()) + " " + f.getGenericType().getTypeName() + " " + f.getName();
        }
        if (m instanceof Constructor<?> k) {
            return k.toGenericString();
        }
        return ((Executable) m).toGenericString();
    }

    private static String kind(Class<?> c) {
        return c.isAnnotation() ? "@interface" : c.isInterface() ? "interface" : c.isEnum() ? "enum"
                : c.isRecord() ? "record" : "class";
    }

    private static String supertypes(Class<?> c) {
        StringBuilder s = new StringBuilder();
        Type sup = c.getGenericSuperclass();
        if (sup != null && !c.isEnum() && !c.isRecord() && sup != Object.class) {
            s.append(" extends ").append(sup.getTypeName());
        }
        Type[] interfaces = c.getGenericInterfaces();
        if (interfaces.length > 0) {
            s.append(c.isInterface() ? " extends " : " implements ");
            s.append(String.join(", ", Arrays.stream(interfaces).map(Type::getTypeName).toList()));
        }
        return s.toString();
    }

    private static boolean isPublicOrProtected(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }
}
