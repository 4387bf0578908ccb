package org.apphostftp.config.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.apphostftp.config.location.Location;
import org.codehaus.stax2.LocationInfo;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads a configuration file with Woodstox into an {@link XmlDocument}: no DTDs, no external entities, bounded
 * entity expansion, element depth, attribute size and input size.
 */
public final class SafeXmlReader {

    /** Largest configuration file accepted. */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    /**
     * Most elements in one file: the tree of a file at this limit fits in well under 100 MB of heap, ten times what a
     * hosting server with 10,000 sites writes. A file of millions of empty elements is refused before it fills memory.
     */
    public static final long MAX_ELEMENTS = 250_000;

    private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final XMLInputFactory factory;

    public SafeXmlReader() {
        WstxInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1_000L);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 4);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 128);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 64 * 1024);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 256);
        f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, 1024 * 1024);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, MAX_ELEMENTS);
        this.factory = f;
    }

    /** A stream reader over already-checked text, with the same safety settings (for JAXB). */
    public javax.xml.stream.XMLStreamReader streamReader(String text) throws XMLStreamException {
        return factory.createXMLStreamReader(new StringReader(text));
    }

    /** Reads {@code path}; messages name it as {@code displayName}. */
    public XmlDocument read(Path path, String displayName) throws IOException, XmlSyntaxException {
        return parse(path, displayName, readBounded(path, displayName));
    }

    /**
     * The bytes of a regular file of at most {@link #MAX_FILE_BYTES}; a device, a pipe or a folder (a symbolic link
     * to /dev/zero, say) is refused before a byte is read, and a file growing while read stops at the limit.
     */
    public static byte[] readBounded(Path path, String displayName) throws IOException, XmlSyntaxException {
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new XmlSyntaxException(Location.ofFile(displayName), "is not a regular file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new XmlSyntaxException(Location.ofFile(displayName),
                    "file is larger than " + MAX_FILE_BYTES + " bytes, the largest accepted configuration");
        }
        return bytes;
    }

    /** Parses bytes already read from {@code path}. */
    public XmlDocument parse(Path path, String displayName, byte[] bytes) throws XmlSyntaxException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new XmlSyntaxException(Location.ofFile(displayName),
                    "file is " + bytes.length + " bytes; the largest accepted configuration is " + MAX_FILE_BYTES + " bytes");
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
        Charset charset = bom ? StandardCharsets.UTF_8 : detectCharset(bytes, displayName);
        int skip = bom ? 3 : 0;
        String text = decode(Arrays.copyOfRange(bytes, skip, bytes.length), charset, displayName);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') { // a UTF-16 BOM decoded as a character
            text = text.substring(1);
            bom = true;
        }
        XmlElement root = new TreeBuilder(displayName, text).build();
        return new XmlDocument(path, displayName, text, charset, bom, root, DocumentBytes.sha256(bytes));
    }

    private static Charset detectCharset(byte[] bytes, String displayName) throws XmlSyntaxException {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_ENCODING.matcher(head);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new XmlSyntaxException(new Location(displayName, 1, 1), "unsupported encoding '" + m.group(1) + "'");
        }
    }

    private static String decode(byte[] bytes, Charset charset, String displayName) throws XmlSyntaxException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new XmlSyntaxException(Location.ofFile(displayName), "file is not valid " + charset.name() + " text");
        }
    }

    /** Builds the element tree from Woodstox events, keeping offsets of every tag and attribute. */
    private final class TreeBuilder {
        private final String file;
        private final String text;
        private final int[] lineStarts;

        TreeBuilder(String file, String text) {
            this.file = file;
            this.text = text;
            this.lineStarts = lineStarts(text);
        }

        XmlElement build() throws XmlSyntaxException {
            XMLStreamReader2 r;
            try {
                r = (XMLStreamReader2) factory.createXMLStreamReader(new StringReader(text));
            } catch (XMLStreamException e) {
                throw syntax(e);
            }
            Deque<XmlElement> open = new ArrayDeque<>();
            XmlElement root = null;
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    LocationInfo info = r.getLocationInfo();
                    switch (event) {
                        case XMLStreamConstants.DTD -> throw new XmlSyntaxException(location((int) info.getStartingCharOffset()),
                                "DOCTYPE declarations are not allowed (DTDs and entities are disabled for safety)");
                        case XMLStreamConstants.ENTITY_REFERENCE -> throw new XmlSyntaxException(
                                location((int) info.getStartingCharOffset()), "entity references are not allowed");
                        case XMLStreamConstants.START_ELEMENT -> {
                            int start = (int) info.getStartingCharOffset();
                            int tagEnd = (int) info.getEndingCharOffset();
                            XmlElement parent = open.peek();
                            XmlElement e = new XmlElement(r.getLocalName(), location(start), parent, start, tagEnd);
                            readAttributes(r, e, start, tagEnd);
                            if (parent == null) {
                                if (root != null) {
                                    throw new XmlSyntaxException(location(start), "more than one document element");
                                }
                                root = e;
                            } else {
                                parent.addChild(e);
                            }
                            if (r.isEmptyElement()) {
                                r.next(); // the END_ELEMENT of <a/>
                                e.close(tagEnd, true);
                            } else {
                                open.push(e);
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> open.pop().close((int) info.getEndingCharOffset(), false);
                        default -> { }
                    }
                }
            } catch (XMLStreamException e) {
                throw syntax(e, r.getLocation());
            }
            if (root == null) {
                throw new XmlSyntaxException(Location.ofFile(file), "the file has no document element");
            }
            return root;
        }

        private void readAttributes(XMLStreamReader2 r, XmlElement e, int start, int tagEnd) throws XmlSyntaxException {
            int pos = start + 1;
            while (pos < tagEnd && !isSpace(text.charAt(pos)) && text.charAt(pos) != '>' && text.charAt(pos) != '/') {
                pos++;
            }
            for (int i = 0; i < r.getAttributeCount(); i++) {
                while (isSpace(text.charAt(pos))) {
                    pos++;
                }
                int nameStart = pos;
                while (text.charAt(pos) != '=' && !isSpace(text.charAt(pos))) {
                    pos++;
                }
                String rawName = text.substring(nameStart, pos);
                while (text.charAt(pos) != '"' && text.charAt(pos) != '\'') {
                    pos++;
                }
                char quote = text.charAt(pos);
                int valueStart = pos + 1;
                int valueEnd = text.indexOf(quote, valueStart);
                if (!rawName.equals(r.getAttributeLocalName(i)) || valueEnd < 0 || valueEnd > tagEnd) {
                    throw new XmlSyntaxException(location(start), "cannot locate attribute '" + r.getAttributeLocalName(i) + "'");
                }
                e.addAttribute(new XmlAttribute(rawName, r.getAttributeValue(i), location(nameStart), nameStart,
                        valueStart, valueEnd, quote));
                pos = valueEnd + 1;
            }
        }

        private Location location(int offset) {
            int line = Arrays.binarySearch(lineStarts, offset);
            if (line < 0) {
                line = -line - 2;
            }
            return new Location(file, line + 1, offset - lineStarts[line] + 1);
        }

        private XmlSyntaxException syntax(XMLStreamException e) {
            return syntax(e, null);
        }

        /** @param reading where the reader was, for the errors (a limit reached) that carry no location of their own */
        private XmlSyntaxException syntax(XMLStreamException e, javax.xml.stream.Location reading) {
            javax.xml.stream.Location l = e.getLocation() != null ? e.getLocation() : reading;
            String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
            int at = message.indexOf("\n at [");
            if (at >= 0) {
                message = message.substring(0, at);
            }
            message = message.replace('\n', ' ').trim();
            if (message.startsWith("ParseError at [")) {
                int close = message.indexOf("]\nMessage: ");
                message = close >= 0 ? message.substring(close + 11) : message;
            }
            Location where = l == null ? Location.ofFile(file) : new Location(file, Math.max(l.getLineNumber(), 1),
                    Math.max(l.getColumnNumber(), 1));
            if (message.startsWith("Maximum Element Count")) { // well-formed so far, just too big to hold
                return new XmlSyntaxException(where, "the file has more than " + MAX_ELEMENTS + " elements, the most "
                        + "a configuration may have (" + message + ")");
            }
            return new XmlSyntaxException(where, "malformed XML: " + message);
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }
}
