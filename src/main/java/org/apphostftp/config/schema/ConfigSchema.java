package org.apphostftp.config.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema of every section the server reads, from {@code schema/ftp_schema.xml} (shipped in the jar under
 * {@code /schema}, and compiled into {@code CompiledSchema} at build time).
 */
public final class ConfigSchema {

    /** Where the schema lives on the classpath. */
    public static final String RESOURCE = "/schema/ftp_schema.xml";

    private static volatile ConfigSchema standard;

    private final Map<String, SectionSchema> sections;

    ConfigSchema(List<SectionSchema> sections) {
        Map<String, SectionSchema> map = new LinkedHashMap<>();
        for (SectionSchema s : sections) {
            map.put(s.path(), s);
        }
        this.sections = Collections.unmodifiableMap(map);
    }

    /**
     * The schema shipped with the server, built once by {@code CompiledSchema}: code the build generates from
     * {@code schema/ftp_schema.xml} (the file stays the one source; CompiledSchemaTest proves the two equal), so that no
     * schema XML is parsed at run time.
     */
    public static ConfigSchema standard() {
        ConfigSchema s = standard;
        if (s == null) {
            synchronized (ConfigSchema.class) {
                s = standard;
                if (s == null) {
                    s = CompiledSchema.schema();
                    standard = s;
                }
            }
        }
        return s;
    }

    /** The shipped schema read from its XML resource, as {@link #standard()} was made before (CompiledSchemaTest). */
    static ConfigSchema readResource() {
        try (InputStream in = ConfigSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource " + RESOURCE + " is missing from the classpath");
            }
            return SchemaReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a schema written in the notation of {@code schema/ftp_schema.xml} (for tools and tests). */
    public static ConfigSchema read(InputStream in) throws IOException {
        return SchemaReader.read(in);
    }

    /** Sections in schema order. */
    public Map<String, SectionSchema> sections() {
        return sections;
    }

    public Optional<SectionSchema> section(String path) {
        return Optional.ofNullable(sections.get(stripSlashes(path)));
    }

    /** True when {@code groupPath} ("system.ftpServer", "system.ftpServer/security") is a group of some section. */
    public boolean isGroup(String groupPath) {
        String prefix = stripSlashes(groupPath) + "/";
        return sections.keySet().stream().anyMatch(p -> p.startsWith(prefix));
    }

    private static String stripSlashes(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
