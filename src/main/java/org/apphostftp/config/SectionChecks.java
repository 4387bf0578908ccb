package org.apphostftp.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.config.effective.LoadedConfiguration;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.xml.XmlDocument;

/**
 * applicationHost.config read the way IIS's configuration system reads it for a command that only reads: the whole
 * file is parsed (a file that is not well-formed, or whose root is not {@code <configuration>}, fails every command),
 * the file-level rules are checked (every element of system.ftpServer is a known section, the delegation settings),
 * and each section is checked against the schema and its lock rules only when it is first read, so that an error in
 * one section does not stop a command that reads another. Made by {@link ConfigLoader#readSections}; a
 * {@code ServerManager.of} on it refuses to read a section with errors. Not servable ({@code FtpHost.start} refuses
 * it): the cross-section rules the server applies (binding conflicts, folders and certificates that must exist),
 * administration.config and the typed model are the full load's, which {@code validate}, {@code serve} and every
 * commit run. Not thread-safe.
 */
public final class SectionChecks implements LoadedConfiguration {

    private final ConfigLoader loader;
    private final ConfigSchema schema;
    private final Path file;
    private final Optional<XmlDocument> document;
    private final List<Problem> fileProblems;
    private final SectionIndex index;
    private final Map<String, List<Problem>> checked = new HashMap<>();

    SectionChecks(ConfigLoader loader, Path file, Optional<XmlDocument> document, List<Problem> readProblems) {
        this.loader = loader;
        this.schema = loader.schema();
        this.file = file;
        this.document = document;
        List<Problem> problems = new ArrayList<>(readProblems);
        this.index = document.map(d -> SectionIndex.of(d, schema)).orElse(null);
        if (index != null) {
            new StructureValidator(schema, problems).validate(index.unknownOnly());
            new DelegationRules(problems).validate(index);
        }
        this.fileProblems = sorted(problems);
    }

    /** The loader that read the file (its schema and environment check a commit of it). */
    public ConfigLoader loader() {
        return loader;
    }

    /** The file-level problems: why no section of the file can be read (missing, not well-formed, unknown section). */
    public List<Problem> fileErrors() {
        return fileProblems.stream().filter(Problem::isError).toList();
    }

    /**
     * The document as read.
     *
     * @throws IllegalStateException when the file has file-level errors
     */
    public XmlDocument document() {
        if (!fileErrors().isEmpty()) {
            throw new IllegalStateException("the file cannot be read: " + fileErrors());
        }
        return document.orElseThrow();
    }

    /** The errors of one section (every place it is written), sorted: checked on the first call, then remembered. */
    public List<Problem> errorsOf(String sectionPath) {
        return checked.computeIfAbsent(sectionPath, path -> {
            List<Problem> problems = new ArrayList<>();
            if (index != null) {
                SectionIndex one = index.onlySection(path);
                new StructureValidator(schema, problems).validate(one);
                new LockRules(problems).validate(one);
            }
            return sorted(problems).stream().filter(Problem::isError).toList();
        });
    }

    @Override
    public Path configFile() {
        return file;
    }

    /** The file-level problems, then those of every section checked so far. */
    @Override
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(fileProblems);
        checked.values().forEach(all::addAll);
        return sorted(all);
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Problem.BY_LOCATION);
        return List.copyOf(sorted);
    }
}
