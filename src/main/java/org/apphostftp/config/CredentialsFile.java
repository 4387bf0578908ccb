package org.apphostftp.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.config.effective.PasswordHash;
import org.apphostftp.config.xml.ConfigFileConflictException;
import org.apphostftp.config.xml.ConfigFileWriter;
import org.apphostftp.config.xml.Edit;
import org.apphostftp.config.xml.SafeXmlReader;
import org.apphostftp.config.xml.XmlDocument;
import org.apphostftp.config.xml.XmlElement;
import org.apphostftp.config.xml.XmlSyntaxException;

/**
 * The credential store in administration.config (IIS layout: system.webServer/management/authentication/credentials):
 * adds, re-hashes and removes users with lossless, atomic writes. The file is created when missing. Passwords are
 * stored only as salted PBKDF2-HMAC-SHA256 hashes.
 */
public final class CredentialsFile {

    private static final List<String> PATH = List.of("system.webServer", "management", "authentication", "credentials");
    private static final String EMPTY_FILE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<configuration>\n</configuration>\n";

    private final Path file;
    private final String displayName;
    private final Path mainFile;
    private final String mainDisplayName;

    /** The administration.config beside {@code configFile} (whose own users are seen, and never shadowed). */
    public static CredentialsFile besides(Path configFile, String configDisplayName) {
        return new CredentialsFile(ConfigLoader.siblingOf(configFile, ConfigLoader.ADMINISTRATION_FILE),
                ConfigLoader.siblingName(configDisplayName, ConfigLoader.ADMINISTRATION_FILE), configFile, configDisplayName);
    }

    private CredentialsFile(Path file, String displayName, Path mainFile, String mainDisplayName) {
        this.file = file;
        this.displayName = displayName;
        this.mainFile = mainFile;
        this.mainDisplayName = mainDisplayName;
    }

    public Path file() {
        return file;
    }

    /** Adds a user; fails when the name exists (use {@link #setPassword}). */
    public void add(String user, char[] password, Optional<String> roles) throws IOException, CredentialsException {
        checkName(user);
        refuseUsersOfTheMainFile(user);
        XmlDocument doc = read(true);
        if (find(doc, user).isPresent()) {
            throw new CredentialsException("user '" + user + "' already exists in " + displayName
                    + "; change the password with 'user passwd " + user + "'");
        }
        List<Map.Entry<String, String>> attributes = new ArrayList<>();
        attributes.add(Map.entry("name", user));
        attributes.add(Map.entry("password", PasswordHash.create(password).toString()));
        roles.filter(r -> !r.isBlank()).ifPresent(r -> attributes.add(Map.entry("roles", r)));
        commit(doc, List.of(insert(doc.root(), 0, attributes)));
    }

    /** Replaces the password of an existing user. */
    public void setPassword(String user, char[] password) throws IOException, CredentialsException {
        refuseUsersOfTheMainFile(user);
        XmlDocument doc = read(false);
        XmlElement entry = find(doc, user).orElseThrow(() -> new CredentialsException("no such user '" + user + "' in " + displayName));
        commit(doc, List.of(new Edit.SetAttribute(entry, "password", PasswordHash.create(password).toString())));
    }

    /** Removes a user. */
    public void remove(String user) throws IOException, CredentialsException {
        refuseUsersOfTheMainFile(user);
        XmlDocument doc = read(false);
        XmlElement entry = find(doc, user).orElseThrow(() -> new CredentialsException("no such user '" + user + "' in " + displayName));
        commit(doc, List.of(new Edit.RemoveElement(entry)));
    }

    /** A user written in applicationHost.config itself is edited there, not shadowed by administration.config. */
    private void refuseUsersOfTheMainFile(String user) throws IOException, CredentialsException {
        if (!Files.exists(mainFile)) {
            return;
        }
        try {
            XmlDocument main = new SafeXmlReader().read(mainFile, mainDisplayName);
            Optional<XmlElement> entry = find(main, user);
            if (entry.isPresent()) {
                throw new CredentialsException("user '" + user + "' is defined in " + mainDisplayName + " at line "
                        + entry.get().location().line() + "; change it there");
            }
        } catch (XmlSyntaxException e) {
            throw new CredentialsException(e.toProblem().toString());
        }
    }

    private XmlDocument read(boolean createIfMissing) throws IOException, CredentialsException {
        if (!Files.exists(file)) {
            if (!createIfMissing) {
                throw new CredentialsException(displayName + " does not exist: no users are defined yet");
            }
            try {
                Files.writeString(file, EMPTY_FILE, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                ownerOnly(file); // it will hold password hashes
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another process created it meanwhile: use theirs
            }
        }
        try {
            return new SafeXmlReader().read(file, displayName);
        } catch (XmlSyntaxException e) {
            throw new CredentialsException(e.toProblem().toString());
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its default permissions apply
        }
    }

    private void commit(XmlDocument doc, List<Edit> edits) throws IOException, CredentialsException {
        try {
            new ConfigFileWriter().commit(doc, edits);
        } catch (ConfigFileConflictException e) {
            throw new CredentialsException(e.getMessage());
        }
    }

    private static Optional<XmlElement> find(XmlDocument doc, String user) {
        XmlElement e = doc.root();
        for (String step : PATH) {
            Optional<XmlElement> next = e.child(step);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            e = next.get();
        }
        return e.children("add").stream().filter(a -> user.equalsIgnoreCase(a.value("name"))).findFirst();
    }

    /** The add element, with whatever part of system.webServer/management/authentication/credentials is missing. */
    private static Edit insert(XmlElement from, int depth, List<Map.Entry<String, String>> attributes) {
        Optional<XmlElement> next = depth < PATH.size() ? from.child(PATH.get(depth)) : Optional.empty();
        if (next.isPresent()) {
            return insert(next.get(), depth + 1, attributes);
        }
        Edit.NewElement add = new Edit.NewElement("add", attributes, List.of());
        if (depth == PATH.size()) {
            return new Edit.AddElement(from, "add", attributes, List.of(), null);
        }
        Edit.NewElement chain = add;
        for (int i = PATH.size() - 1; i > depth; i--) {
            chain = new Edit.NewElement(PATH.get(i), List.of(), List.of(chain));
        }
        return new Edit.AddElement(from, PATH.get(depth), List.of(), List.of(chain), null);
    }

    private static void checkName(String user) throws CredentialsException {
        if (user.isBlank() || user.contains("|") || user.contains("\\") || user.chars().anyMatch(Character::isISOControl)) {
            throw new CredentialsException("user name '" + user + "' must not be empty or contain '|', '\\' or control characters");
        }
        if (user.toLowerCase(Locale.ROOT).equals("anonymous") || user.equalsIgnoreCase("ftp")) {
            throw new CredentialsException("'" + user + "' is the anonymous login; enable anonymousAuthentication instead");
        }
    }

    /** A user operation that cannot be done; the message says why and what to do. */
    public static final class CredentialsException extends Exception {
        private static final long serialVersionUID = 1L;

        public CredentialsException(String message) {
            super(message);
        }
    }
}
