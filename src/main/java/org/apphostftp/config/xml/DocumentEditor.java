package org.apphostftp.config.xml;

import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a batch of {@link Edit}s to the text of a document so that only the edited text changes: a new value
 * replaces just the old value, a new element takes the indentation and line ending of its neighbours, and every
 * comment, blank line, quote and attribute order elsewhere stays byte for byte.
 */
public final class DocumentEditor {

    private final XmlDocument document;
    private final String text;
    private final TextLayout layout;
    private final String lineEnding;
    private final String indentUnit;
    private final CharsetEncoder encoder;
    private final Set<XmlElement> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Patch> patches = new ArrayList<>();

    private DocumentEditor(XmlDocument document) {
        this.document = document;
        this.text = document.text();
        this.layout = new TextLayout(text);
        this.lineEnding = layout.lineEnding();
        this.indentUnit = layout.indentUnit(document.root());
        this.encoder = document.charset().newEncoder();
    }

    /**
     * The text of {@code document} with {@code edits} applied, in order where they touch the same attribute.
     *
     * @throws InvalidEditException when an edit names an element of another document, changes an element the same
     *                              batch removes, removes the document element, or holds a name or value XML cannot
     *                              hold; nothing is applied then
     */
    public static String apply(XmlDocument document, List<Edit> edits) {
        DocumentEditor editor = new DocumentEditor(document);
        editor.plan(List.copyOf(edits));
        return editor.render();
    }

    private void plan(List<Edit> edits) {
        for (Edit edit : edits) {
            if (edit instanceof Edit.RemoveElement remove) {
                requireInDocument(remove.element());
                if (remove.element().parent() == null) {
                    throw new InvalidEditException("cannot remove the document element " + remove.element());
                }
                removed.add(remove.element());
            }
        }
        Map<XmlElement, Map<String, String>> attributeChanges = new LinkedHashMap<>();
        Map<InsertionPoint, List<Edit.NewElement>> additions = new LinkedHashMap<>();
        for (Edit edit : edits) {
            if (edit instanceof Edit.SetAttribute set) {
                requireEditable(set.element());
                requireName(set.name(), set.element());
                requireValue(set.value(), set.name(), set.element());
                attributeChanges.computeIfAbsent(set.element(), e -> new LinkedHashMap<>()).put(set.name(), set.value());
            } else if (edit instanceof Edit.RemoveAttribute remove) {
                requireEditable(remove.element());
                attributeChanges.computeIfAbsent(remove.element(), e -> new LinkedHashMap<>()).put(remove.name(), null);
            } else if (edit instanceof Edit.AddElement add) {
                requireEditable(add.parent());
                Edit.NewElement element = new Edit.NewElement(add.name(), add.attributes(), add.children());
                requireWritable(element, add.parent());
                additions.computeIfAbsent(insertionPoint(add), p -> new ArrayList<>()).add(element);
            }
        }
        removed.stream().filter(e -> !insideRemoved(e.parent())).forEach(this::planRemoval);
        attributeChanges.forEach(this::planAttributes);
        additions.forEach(this::planAddition);
    }

    // ---- checks -------------------------------------------------------------------------------------------------

    private void requireInDocument(XmlElement element) {
        XmlElement top = element;
        while (top.parent() != null) {
            top = top.parent();
        }
        if (top != document.root()) {
            throw new InvalidEditException(element + " is not part of " + document.displayName()
                    + " as read; build the edits from the document being written");
        }
    }

    private void requireEditable(XmlElement element) {
        requireInDocument(element);
        for (XmlElement e = element; e != null; e = e.parent()) {
            if (removed.contains(e)) {
                throw new InvalidEditException("cannot change " + element + " (" + element.path()
                        + "): the same batch removes " + (e == element ? "it" : e.toString()));
            }
        }
    }

    private boolean insideRemoved(XmlElement element) {
        for (XmlElement e = element; e != null; e = e.parent()) {
            if (removed.contains(e)) {
                return true;
            }
        }
        return false;
    }

    private static void requireName(String name, XmlElement where) {
        if (!XmlText.isName(name)) {
            throw new InvalidEditException("'" + name + "' is not an XML name (in " + where.path() + ")");
        }
    }

    private void requireValue(String value, String name, XmlElement where) {
        try {
            XmlText.attributeValue(value, '"', encoder);
        } catch (IllegalArgumentException e) {
            throw new InvalidEditException("attribute '" + name + "' of " + where.path() + ": " + e.getMessage());
        }
    }

    private void requireWritable(Edit.NewElement element, XmlElement parent) {
        requireName(element.name(), parent);
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, String> attribute : element.attributes()) {
            requireName(attribute.getKey(), parent);
            if (attribute.getValue() == null) {
                throw new InvalidEditException("attribute '" + attribute.getKey() + "' of new <" + element.name() + "> in "
                        + parent.path() + " has no value");
            }
            if (!names.add(attribute.getKey())) {
                throw new InvalidEditException("new <" + element.name() + "> in " + parent.path() + " has attribute '"
                        + attribute.getKey() + "' twice");
            }
            requireValue(attribute.getValue(), attribute.getKey(), parent);
        }
        element.children().forEach(child -> requireWritable(child, parent));
    }

    /** Where an addition goes: before an existing child that the batch keeps, or at the end. */
    private InsertionPoint insertionPoint(Edit.AddElement add) {
        XmlElement before = add.before();
        if (before == null) {
            return new InsertionPoint(add.parent(), null);
        }
        if (before.parent() != add.parent()) {
            throw new InvalidEditException("cannot insert before " + before + ": it is not a child of " + add.parent());
        }
        List<XmlElement> siblings = add.parent().children();
        for (int i = indexOf(siblings, before); i < siblings.size(); i++) {
            if (!removed.contains(siblings.get(i))) {
                return new InsertionPoint(add.parent(), siblings.get(i));
            }
        }
        return new InsertionPoint(add.parent(), null);
    }

    private static int indexOf(List<XmlElement> elements, XmlElement element) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == element) {
                return i;
            }
        }
        throw new IllegalStateException(element + " is missing from its parent's children");
    }

    // ---- planning patches ---------------------------------------------------------------------------------------

    private void planRemoval(XmlElement element) {
        int start = element.start();
        int end = element.end();
        if (layout.startsLine(start) && layout.endsLine(end)) { // alone on its lines: take the lines, leave no blank one
            start = layout.lineStart(start);
            end = layout.nextLineStart(end);
        }
        patch(start, end, "");
    }

    private void planAttributes(XmlElement element, Map<String, String> changes) {
        StringBuilder added = new StringBuilder();
        for (Map.Entry<String, String> change : changes.entrySet()) {
            String value = change.getValue();
            XmlAttribute existing = element.attribute(change.getKey()).orElse(null);
            if (existing == null) {
                if (value != null) {
                    added.append(attributeSeparator(element)).append(change.getKey()).append("=\"")
                            .append(XmlText.attributeValue(value, '"', encoder)).append('"');
                }
            } else if (value == null) {
                patch(blanksBefore(existing.nameStart()), existing.valueEnd() + 1, "");
            } else if (!value.equals(existing.value())) {
                patch(existing.valueStart(), existing.valueEnd(), XmlText.attributeValue(value, existing.quote(), encoder));
            }
        }
        if (added.length() > 0) {
            int at = startTagTail(element);
            patch(at, at, added.toString());
        }
    }

    private void planAddition(InsertionPoint at, List<Edit.NewElement> elements) {
        if (at.before() != null) {
            insertBefore(at.before(), elements);
        } else if (at.parent().selfClosing()) {
            openAndInsert(at.parent(), elements);
        } else {
            append(at.parent(), elements);
        }
    }

    private void insertBefore(XmlElement sibling, List<Edit.NewElement> elements) {
        if (layout.startsLine(sibling.start())) {
            String indent = layout.indentOfLine(sibling.start());
            int at = layout.lineStart(sibling.start());
            patch(at, at, lines(elements, indent, "", lineEnding));
        } else {
            patch(sibling.start(), sibling.start(), inline(elements));
        }
    }

    private void append(XmlElement parent, List<Edit.NewElement> elements) {
        int endTag = text.lastIndexOf("</", parent.end() - 1);
        String indent = childIndent(parent);
        List<XmlElement> children = parent.children();
        if (layout.startsLine(endTag)) {
            int at = layout.lineStart(endTag);
            patch(at, at, lines(elements, indent, "", lineEnding));
        } else if (!children.isEmpty()) {
            boolean block = layout.startsLine(children.get(children.size() - 1).start());
            patch(endTag, endTag, block ? lines(elements, indent, lineEnding, "") : inline(elements));
        } else if (layout.startsLine(parent.start())) {
            // <a></a> or <a>  </a>: open it up, dropping blanks that would trail on the start tag's line
            int from = text.substring(parent.startTagEnd(), endTag).isBlank() ? parent.startTagEnd() : endTag;
            patch(from, endTag, lines(elements, indent, lineEnding, "") + lineEnding + layout.indentOfLine(parent.start()));
        } else {
            patch(endTag, endTag, inline(elements));
        }
    }

    private void openAndInsert(XmlElement parent, List<Edit.NewElement> elements) {
        String endTag = "</" + rawName(parent) + ">";
        int tail = startTagTail(parent);
        if (layout.startsLine(parent.start())) {
            String children = lines(elements, layout.indentOfLine(parent.start()) + indentUnit, lineEnding, "");
            patch(tail, parent.startTagEnd(), ">" + children + lineEnding + layout.indentOfLine(parent.start()) + endTag);
        } else {
            patch(tail, parent.startTagEnd(), ">" + inline(elements) + endTag);
        }
    }

    /** The indentation of the parent's last child on a line of its own, or one step more than the parent. */
    private String childIndent(XmlElement parent) {
        List<XmlElement> children = parent.children();
        for (int i = children.size() - 1; i >= 0; i--) {
            if (layout.startsLine(children.get(i).start())) {
                return layout.indentOfLine(children.get(i).start());
            }
        }
        return layout.indentOfLine(parent.start()) + indentUnit;
    }

    /** Where new attributes go: after the last attribute, before any blanks and the closing {@code />} or {@code >}. */
    private int startTagTail(XmlElement element) {
        List<XmlAttribute> attributes = element.attributes();
        return attributes.isEmpty() ? element.start() + 1 + rawName(element).length()
                : attributes.get(attributes.size() - 1).valueEnd() + 1;
    }

    /** A space, or the line break and indentation of the last attribute when attributes stand one per line. */
    private String attributeSeparator(XmlElement element) {
        List<XmlAttribute> attributes = element.attributes();
        if (attributes.isEmpty()) {
            return " ";
        }
        int nameStart = attributes.get(attributes.size() - 1).nameStart();
        String blanks = text.substring(blanksBefore(nameStart), nameStart);
        return blanks.indexOf('\n') >= 0 ? blanks : " ";
    }

    private int blanksBefore(int offset) {
        int start = offset;
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private String rawName(XmlElement element) {
        int end = element.start() + 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '/'
                && text.charAt(end) != '>') {
            end++;
        }
        return text.substring(element.start() + 1, end);
    }

    // ---- writing new elements -----------------------------------------------------------------------------------

    /** Each element indented on its own line, with {@code before} ahead of and {@code after} behind every one. */
    private String lines(List<Edit.NewElement> elements, String indent, String before, String after) {
        StringBuilder out = new StringBuilder();
        for (Edit.NewElement element : elements) {
            out.append(before).append(indent).append(block(element, indent)).append(after);
        }
        return out.toString();
    }

    /** IIS style: {@code <name a="1" />}, or the start tag, each child on its own line, and the end tag. */
    private String block(Edit.NewElement element, String indent) {
        StringBuilder out = startTag(element);
        if (element.children().isEmpty()) {
            return out.append(" />").toString();
        }
        out.append('>');
        String childIndent = indent + indentUnit;
        for (Edit.NewElement child : element.children()) {
            out.append(lineEnding).append(childIndent).append(block(child, childIndent));
        }
        return out.append(lineEnding).append(indent).append("</").append(element.name()).append('>').toString();
    }

    /** Elements on one line, for a parent written on one line. */
    private String inline(List<Edit.NewElement> elements) {
        StringBuilder out = new StringBuilder();
        for (Edit.NewElement element : elements) {
            out.append(startTag(element));
            if (element.children().isEmpty()) {
                out.append(" />");
            } else {
                out.append('>').append(inline(element.children())).append("</").append(element.name()).append('>');
            }
        }
        return out.toString();
    }

    private StringBuilder startTag(Edit.NewElement element) {
        StringBuilder out = new StringBuilder("<").append(element.name());
        for (Map.Entry<String, String> attribute : element.attributes()) {
            out.append(' ').append(attribute.getKey()).append("=\"")
                    .append(XmlText.attributeValue(attribute.getValue(), '"', encoder)).append('"');
        }
        return out;
    }

    // ---- applying patches ---------------------------------------------------------------------------------------

    private void patch(int start, int end, String replacement) {
        patches.add(new Patch(start, end, replacement, patches.size()));
    }

    /** Copies the text, replacing each planned range; ranges never overlap, insertions at one offset keep their order. */
    private String render() {
        patches.sort(Comparator.comparingInt(Patch::start).thenComparingInt(Patch::end).thenComparingInt(Patch::order));
        StringBuilder out = new StringBuilder(text.length() + 256);
        int copied = 0;
        for (Patch p : patches) {
            if (p.start() < copied) {
                throw new IllegalStateException("edits overlap at offset " + p.start() + " of " + document.displayName());
            }
            out.append(text, copied, p.start()).append(p.replacement());
            copied = p.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Replace text[start, end) by {@code replacement}; {@code order} keeps insertions at one offset in batch order. */
    private record Patch(int start, int end, String replacement, int order) {
    }

    private record InsertionPoint(XmlElement parent, XmlElement before) {
    }
}
