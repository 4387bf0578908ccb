package org.apphostftp.configapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apphostftp.config.Suggestions;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.AttributeValues;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.schema.ElementSchema;
import org.apphostftp.config.schema.InvalidValueException;
import org.apphostftp.config.schema.ValueType;

/**
 * A PowerShell/XPath-style filter, read and checked against the schema once, then run on a configuration:
 * {@code /section/path/element[@a='v' and (@b!='w' or @c="x")]/...}. The one implementation of filtering shared by
 * {@link Configuration#select} and the HTTP endpoint.
 */
final class FilterQuery {

    /** A compiled predicate on one element. */
    @FunctionalInterface
    private interface Test {
        boolean test(Node node);
    }

    /** One step after the section: how it is reached and what its elements must satisfy. */
    private record Step(String name, SchemaNavigator.StepKind kind, Test test, Lookup lookup) {

        List<Node> items(Node node) {
            return lookup == null ? node.items() : node.itemsWithValue(lookup.attribute(), lookup.value());
        }
    }

    /** A step's predicate that is one string attribute equal to a value: its items can be looked up by that value. */
    private record Lookup(AttributeSchema attribute, String value) {

        static Lookup of(ElementSchema schema, Parser.Expr expr) {
            if (expr instanceof Parser.Compare c && c.equal()) {
                return schema.attribute(c.attribute()).filter(a -> a.type() == ValueType.STRING && !a.runtime())
                        .map(a -> new Lookup(a, c.literal())).orElse(null);
            }
            return null;
        }
    }

    private final String sectionPath;
    private final Test sectionTest;
    private final List<Step> steps;

    private FilterQuery(String sectionPath, Test sectionTest, List<Step> steps) {
        this.sectionPath = sectionPath;
        this.sectionTest = sectionTest;
        this.steps = steps;
    }

    static FilterQuery compile(ConfigSchema schema, String filter) {
        List<Parser.RawStep> raw = new Parser(filter).steps();
        List<String> names = raw.stream().map(Parser.RawStep::name).toList();
        int sectionLength = SchemaNavigator.sectionLength(schema, names);
        if (sectionLength == 0) {
            String attempt = String.join("/", names.subList(0, Math.min(names.size(), 3)));
            throw new InvalidFilterException(filter, raw.get(0).position(), "the filter must start with a section path "
                    + "such as /system.applicationHost/sites, and '" + attempt + "' is none"
                    + Suggestions.didYouMean(attempt, schema.sections().keySet()));
        }
        for (Parser.RawStep group : raw.subList(0, sectionLength - 1)) {
            if (group.predicate() != null) {
                throw new InvalidFilterException(filter, group.predicate().position(), "'" + group.name()
                        + "' is a section group; a predicate can only follow an element");
            }
        }
        String sectionPath = String.join("/", names.subList(0, sectionLength));
        ElementSchema current = schema.section(sectionPath).orElseThrow().root();
        Test sectionTest = compile(filter, current, false, expr(raw.get(sectionLength - 1)));
        boolean underDefaults = false;
        List<Step> steps = new ArrayList<>();
        for (Parser.RawStep step : raw.subList(sectionLength, raw.size())) {
            ElementSchema parent = current;
            Optional<SchemaNavigator.StepKind> kind = SchemaNavigator.step(parent, step.name());
            ElementSchema next = kind.map(k -> SchemaNavigator.next(parent, step.name(), k)).orElse(null);
            if (kind.isEmpty()) {
                throw new InvalidFilterException(filter, step.position(), "<" + current.name() + "> has no element '"
                        + step.name() + "'" + Suggestions.didYouMean(step.name(), SchemaNavigator.stepNames(current)));
            }
            if (next.runtime() && underDefaults) {
                throw new InvalidFilterException(filter, step.position(), "<" + current.name() + "> has no element '"
                        + step.name() + "' here: runtime parts exist only below a site");
            }
            underDefaults |= kind.get() == SchemaNavigator.StepKind.DEFAULTS;
            Lookup lookup = kind.get() == SchemaNavigator.StepKind.ITEM ? Lookup.of(next, expr(step)) : null;
            steps.add(new Step(step.name(), kind.get(), compile(filter, next, underDefaults, expr(step)), lookup));
            current = next;
        }
        return new FilterQuery(sectionPath, sectionTest, List.copyOf(steps));
    }

    private static Parser.Expr expr(Parser.RawStep step) {
        return step.predicate() == null ? null : step.predicate().expr();
    }

    List<ConfigurationElement> select(Configuration configuration, String locationPath) {
        List<Node> current = new ArrayList<>();
        Node section = configuration.getSection(sectionPath, locationPath).node;
        if (sectionTest.test(section)) {
            current.add(section);
        }
        for (Step step : steps) {
            List<Node> next = new ArrayList<>();
            for (Node node : current) {
                if (step.kind() == SchemaNavigator.StepKind.ITEM) {
                    for (Node item : step.items(node)) {
                        if (step.test().test(item)) {
                            next.add(item);
                        }
                    }
                } else {
                    Node child = node.child(step.name(), step.kind());
                    if (step.test().test(child)) {
                        next.add(child);
                    }
                }
            }
            current = next;
        }
        return current.stream().map(ConfigurationElement::new).toList();
    }

    // ------------------------------------------------------------------------------------------ predicates

    private static Test compile(String filter, ElementSchema schema, boolean underDefaults, Parser.Expr expr) {
        if (expr == null) {
            return node -> true;
        }
        if (expr instanceof Parser.Or or) {
            List<Test> terms = or.terms().stream().map(t -> compile(filter, schema, underDefaults, t)).toList();
            return node -> terms.stream().anyMatch(t -> t.test(node));
        }
        if (expr instanceof Parser.And and) {
            List<Test> terms = and.terms().stream().map(t -> compile(filter, schema, underDefaults, t)).toList();
            return node -> terms.stream().allMatch(t -> t.test(node));
        }
        return comparison(filter, schema, underDefaults, (Parser.Compare) expr);
    }

    private static Test comparison(String filter, ElementSchema schema, boolean underDefaults, Parser.Compare c) {
        Optional<AttributeSchema> found = schema.attribute(c.attribute()).filter(a -> !(a.runtime() && underDefaults));
        if (found.isEmpty()) {
            if (!schema.allowUnrecognizedAttributes()) {
                throw new InvalidFilterException(filter, c.position(), "<" + schema.name() + "> has no attribute '"
                        + c.attribute() + "'" + Suggestions.didYouMean(c.attribute(), schema.attributes().keySet()));
            }
            String name = c.attribute();
            return node -> c.equal() == c.literal().equalsIgnoreCase(node.unrecognizedAttributes().getOrDefault(name, ""));
        }
        AttributeSchema a = found.get();
        Object wanted;
        try {
            wanted = a.type() == ValueType.STRING ? c.literal() : AttributeValues.parse(a, c.literal());
        } catch (InvalidValueException e) {
            throw new InvalidFilterException(filter, c.literalPosition(), "the value for @" + a.name() + " " + e.getMessage());
        }
        return node -> c.equal() == Values.equal(a, node.value(a), wanted);
    }

    // ------------------------------------------------------------------------------------------ syntax

    /**
     * Reads the filter text; every error names the 1-based character where it is. The parser and the compiler recurse
     * once per '(': the nesting is bounded so that no filter can exhaust the stack.
     */
    static final class Parser {

        /** Parentheses nested deeper than this are refused (a real filter needs a handful). */
        static final int MAX_NESTING = 64;

        sealed interface Expr permits Or, And, Compare {
        }

        record Or(List<Expr> terms) implements Expr {
        }

        record And(List<Expr> terms) implements Expr {
        }

        record Compare(String attribute, boolean equal, String literal, int position, int literalPosition) implements Expr {
        }

        /** A predicate with the position of its '['. */
        record Predicate(Expr expr, int position) {
        }

        record RawStep(String name, int position, Predicate predicate) {
        }

        private final String text;
        private int pos;
        private int depth;

        Parser(String text) {
            this.text = text == null ? "" : text;
        }

        List<RawStep> steps() {
            List<RawStep> steps = new ArrayList<>();
            skipSpaces();
            if (peek('/')) {
                pos++;
            }
            while (true) {
                int start = pos;
                String name = name("an element name");
                Predicate predicate = null;
                if (peek('[')) {
                    int at = pos;
                    pos++;
                    skipSpaces();
                    Expr expr = or();
                    skipSpaces();
                    expect(']', "']' to end the predicate that starts at character " + (at + 1) + ", or 'and'/'or'");
                    predicate = new Predicate(expr, at + 1);
                }
                steps.add(new RawStep(name, start + 1, predicate));
                skipSpaces();
                if (pos >= text.length()) {
                    return steps;
                }
                expect('/', "'/' or '[' after '" + name + "'");
            }
        }

        private Expr or() {
            List<Expr> terms = new ArrayList<>();
            terms.add(and());
            while (keyword("or")) {
                terms.add(and());
            }
            return terms.size() == 1 ? terms.get(0) : new Or(terms);
        }

        private Expr and() {
            List<Expr> terms = new ArrayList<>();
            terms.add(primary());
            while (keyword("and")) {
                terms.add(primary());
            }
            return terms.size() == 1 ? terms.get(0) : new And(terms);
        }

        private Expr primary() {
            skipSpaces();
            if (peek('(')) {
                int open = pos;
                if (++depth > MAX_NESTING) {
                    throw error(open, "parentheses nested more than " + MAX_NESTING + " deep");
                }
                pos++;
                Expr inner = or();
                skipSpaces();
                expect(')', "')' to close the '(' at character " + (open + 1));
                depth--;
                return inner;
            }
            int at = pos;
            expect('@', "'@attribute' or '('");
            String attribute = name("an attribute name after '@'");
            skipSpaces();
            boolean equal;
            if (text.startsWith("!=", pos)) {
                equal = false;
                pos += 2;
            } else if (peek('=')) {
                equal = true;
                pos++;
            } else {
                throw error(pos, "expected '=' or '!=' after '@" + attribute + "'");
            }
            skipSpaces();
            int literalAt = pos;
            return new Compare(attribute, equal, literal(), at + 1, literalAt + 1);
        }

        private String literal() {
            if (!peek('\'') && !peek('"')) {
                throw error(pos, "expected a quoted value such as 'text'");
            }
            char quote = text.charAt(pos);
            int open = pos;
            StringBuilder value = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= text.length()) {
                    throw error(open, "the value starting here is not closed with " + quote);
                }
                char c = text.charAt(pos++);
                if (c != quote) {
                    value.append(c);
                } else if (peek(quote)) { // a doubled quote stands for one
                    value.append(quote);
                    pos++;
                } else {
                    return value.toString();
                }
            }
        }

        private boolean keyword(String word) {
            int save = pos;
            skipSpaces();
            if (text.startsWith(word, pos) && (pos + word.length() >= text.length() || !isNameChar(text.charAt(pos + word.length())))) {
                pos += word.length();
                return true;
            }
            pos = save;
            return false;
        }

        private String name(String what) {
            int start = pos;
            while (pos < text.length() && isNameChar(text.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                throw error(start, "expected " + what + (start < text.length() ? ", found '" + text.charAt(start) + "'" : ", found the end"));
            }
            return text.substring(start, pos);
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
        }

        private void expect(char c, String what) {
            if (!peek(c)) {
                throw error(pos, "expected " + what + (pos < text.length() ? ", found '" + text.charAt(pos) + "'" : ", found the end"));
            }
            pos++;
        }

        private boolean peek(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private InvalidFilterException error(int at, String problem) {
            return new InvalidFilterException(text, at + 1, problem);
        }
    }
}
