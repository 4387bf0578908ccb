package org.apphostftp.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON tree of plain Java values: written as databind wrote it, read back bounded and strict. */
class JsonTreeTest {

    private static final String ANSWER = """
            {"name":"a\\"b\\u0001\\n\\u00e9\\u2028","id":1,"big":4294967295,"huge":123456789012345678901234567890,
            "ratio":0.5,"on":true,"off":false,"none":null,"empty":{},"list":[],"nested":[{"x":[1,[2,{"y":"z"}]]}]}"""
            .replace("\n", "");

    @Test
    void aTreeIsWrittenAsTheSameTextDatabindWrites() throws Exception {
        Object tree = JsonTree.parse(ANSWER);

        assertThat(JsonTree.toText(tree)).isEqualTo(new ObjectMapper().readTree(ANSWER).toString());
    }

    @Test
    void valuesReadAsPlainJavaTypesInTheirOrder() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) JsonTree.parse(ANSWER);

        assertThat(object.keySet()).containsExactly("name", "id", "big", "huge", "ratio", "on", "off", "none", "empty", "list", "nested");
        assertThat(object.get("name")).isEqualTo("a\"b\u0001\n\u00e9\u2028");
        assertThat(object.get("id")).isEqualTo(1);
        assertThat(object.get("big")).isEqualTo(4294967295L);
        assertThat(object.get("huge")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(object.get("ratio")).isEqualTo(0.5);
        assertThat(object.get("on")).isEqualTo(true);
        assertThat(object.containsKey("none")).isTrue();
        assertThat(object.get("none")).isNull();
        assertThat(object.get("nested")).isEqualTo(List.of(Map.of("x", List.of(1, List.of(2, Map.of("y", "z"))))));
    }

    @Test
    void aScalarAloneIsAValueToo() throws Exception {
        assertThat(JsonTree.parse(" \"text\" ")).isEqualTo("text");
        assertThat(JsonTree.parse("null")).isNull();
        assertThat(JsonTree.parse("42".getBytes(StandardCharsets.UTF_8))).isEqualTo(42);
    }

    @Test
    void malformedTextIsAnErrorThatSaysWhere() {
        assertThatThrownBy(() -> JsonTree.parse("{\"a\": 1,\n \"b\": }")).isInstanceOf(IOException.class)
                .hasMessageContaining("Unexpected character ('}'").hasMessageContaining("line: 2, column: 7");
        assertThatThrownBy(() -> JsonTree.parse("{\"a\": [1, 2")).isInstanceOf(IOException.class)
                .hasMessageContaining("end-of-input");
        assertThatThrownBy(() -> JsonTree.parse("{'a': 1}")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JsonTree.parse("")).isInstanceOf(IOException.class).hasMessageContaining("the text is empty");
        assertThatThrownBy(() -> JsonTree.parse("{\"a\": 1} {\"b\": 2}")).isInstanceOf(IOException.class)
                .hasMessageContaining("more text after the JSON value");
        assertThatThrownBy(() -> JsonTree.parse(new byte[] {'"', (byte) 0xC3, '"'})).isInstanceOf(IOException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void nestingDeeperThanTheLimitIsAnErrorNotAStackOverflow() {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        String deepObjects = "{\"a\":".repeat(200_000) + "1" + "}".repeat(200_000);

        assertThatThrownBy(() -> JsonTree.parse(deep)).isInstanceOf(IOException.class)
                .hasMessageContaining("Document nesting depth").hasMessageContaining("exceeds the maximum allowed (1000");
        assertThatThrownBy(() -> JsonTree.parse(deepObjects)).isInstanceOf(IOException.class)
                .hasMessageContaining("exceeds the maximum allowed (1000");
    }

    @Test
    void nestingUpToTheLimitIsReadWithoutRecursion() throws Exception {
        Object tree = JsonTree.parse("[".repeat(1000) + "]".repeat(1000));

        int depth = 0;
        for (Object v = tree; v instanceof List<?> list; v = list.isEmpty() ? null : list.get(0)) {
            depth++;
        }
        assertThat(depth).isEqualTo(1000);
    }

    @Test
    void hugeStringsAndNumbersAreRefusedByTheReadLimits() {
        byte[] longString = new byte[20_000_003]; // one character over the limit, between quotes
        java.util.Arrays.fill(longString, (byte) 'x');
        longString[0] = '"';
        longString[longString.length - 1] = '"';
        String longNumber = "1".repeat(1001);

        assertThatThrownBy(() -> JsonTree.parse(longString)).isInstanceOf(IOException.class)
                .hasMessageContaining("String value length").hasMessageContaining("exceeds the maximum allowed");
        assertThatThrownBy(() -> JsonTree.parse(longNumber)).isInstanceOf(IOException.class)
                .hasMessageContaining("Number value length");
    }

    @Test
    void aValueOfAnotherTypeIsRefusedWhenWritten() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("when", java.time.Instant.EPOCH);

        assertThatThrownBy(() -> JsonTree.toText(tree)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a JSON value: java.time.Instant");
    }

    @Test
    void aTreeIsWrittenIntoAGeneratorThatIsAlreadyInsideAnObject() throws Exception {
        List<Object> items = new ArrayList<>(List.of(1L, "two"));
        items.add(null);
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JsonTree.FACTORY.createGenerator(text)) {
            out.writeStartObject();
            out.writeFieldName("items");
            JsonTree.write(out, items);
            out.writeEndObject();
        }

        assertThat(text.toString()).isEqualTo("{\"items\":[1,\"two\",null]}");
    }
}
