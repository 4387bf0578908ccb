package org.apphostftp.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apphostftp.config.ManagementSettings;
import org.apphostftp.config.PathExpander;
import org.apphostftp.config.effective.Endpoint;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.xml.SafeXmlReader;

/**
 * The admin endpoint a client command talks to, found by one streaming pass over the file for
 * {@code configuration/system.ftpServer/management} (no schema, no tree, no validation of the rest): a client command
 * then starts in a fraction of the time the full load takes. Empty whenever the file is anything but the plain case
 * (missing or unreadable, not well-formed, not UTF-8, a second or misplaced {@code management}, an attribute other
 * than enabled, bindingInformation, tokenFile and allowRemote, TLS, a disabled endpoint, an address other than 127.x or
 * ::1, a value that does not parse):
 * the caller then loads the file in full, so every error message stays the loader's own.
 */
final class ManagementScan {

    private static final Set<String> PLAIN_ATTRIBUTES = Set.of("enabled", "bindingInformation", "tokenFile", "allowRemote");
    private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private ManagementScan() {
    }

    /** The plain management settings of {@code file}, with paths and %VARIABLES% as the loader resolves them. */
    static Optional<GlobalSettings.Management> of(Path file, Map<String, String> environment) {
        try {
            Optional<Map<String, String>> attributes = attributes(utf8Text(SafeXmlReader.readBounded(file, file.toString())));
            return attributes.flatMap(a -> settings(a, new PathExpander(environment, file.toAbsolutePath().getParent())));
        } catch (IOException | XMLStreamException | RuntimeException | org.apphostftp.config.xml.XmlSyntaxException e) {
            return Optional.empty(); // the full load says what is wrong, in its own words
        }
    }

    private static Optional<GlobalSettings.Management> settings(Map<String, String> attributes, PathExpander paths) {
        Optional<Boolean> enabled = bool(attributes.getOrDefault("enabled", "true"));
        Optional<Boolean> allowRemote = bool(attributes.getOrDefault("allowRemote", "false"));
        if (enabled.isEmpty() || !enabled.get() || allowRemote.isEmpty()) {
            return Optional.empty();
        }
        String binding = attributes.getOrDefault("bindingInformation", "127.0.0.1:8021");
        Endpoint endpoint = ManagementSettings.endpoint(binding);
        if (!endpoint.address().startsWith("127.") && !endpoint.address().equals("::1")) {
            return Optional.empty(); // a remote endpoint: the loader's rules about TLS and allowRemote apply
        }
        return Optional.of(ManagementSettings.of(true, binding, attributes.getOrDefault("tokenFile", "management.token"),
                allowRemote.get(), null, null, null, paths));
    }

    private static Optional<Boolean> bool(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.equals("true") ? Optional.of(true) : t.equals("false") ? Optional.of(false) : Optional.empty();
    }

    /** The text of a UTF-8 file (with or without its BOM); anything else throws and the full load takes over. */
    private static String utf8Text(byte[] bytes) throws CharacterCodingException {
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        Matcher declared = DECLARED_ENCODING.matcher(text.substring(0, Math.min(text.length(), 200)));
        if (declared.find() && !declared.group(1).equalsIgnoreCase("UTF-8") && !declared.group(1).equalsIgnoreCase("UTF8")) {
            throw new CharacterCodingException();
        }
        return text;
    }

    /** The attributes of the one server-level management element; empty for any case but the plain one. */
    private static Optional<Map<String, String>> attributes(String text) throws XMLStreamException {
        XMLStreamReader xml = new SafeXmlReader().streamReader(text);
        Deque<String> open = new ArrayDeque<>();
        Map<String, String> found = null;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    return Optional.empty();
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    String parent = open.peek();
                    if (open.isEmpty() && !name.equals("configuration")
                            || "management".equals(parent) && open.size() == 3) {
                        return Optional.empty(); // not a configuration, or a child of management (unknown to the schema)
                    }
                    if (name.equals("management") && "system.ftpServer".equals(parent)) {
                        if (found != null || open.size() != 2) {
                            return Optional.empty(); // a second one, or one inside a <location>
                        }
                        found = attributesOf(xml);
                        if (!PLAIN_ATTRIBUTES.containsAll(found.keySet())) {
                            return Optional.empty();
                        }
                    }
                    open.push(name);
                }
            }
        } finally {
            xml.close();
        }
        return Optional.of(found == null ? Map.of() : found);
    }

    private static Map<String, String> attributesOf(XMLStreamReader xml) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return attributes;
    }
}
