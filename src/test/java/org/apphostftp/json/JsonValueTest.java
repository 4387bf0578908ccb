package org.apphostftp.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Looking things up in an answer the way the CLI does: a missing name never fails, it reads as empty. */
class JsonValueTest {

    @Test
    void membersAndItemsAreFoundByNameAndInOrder() throws Exception {
        JsonValue sites = JsonValue.parse("{\"sites\": [{\"name\": \"a\", \"id\": 1}, {\"name\": \"b\", \"id\": 4294967295}]}");

        assertThat(sites.get("sites").items()).extracting(s -> s.get("name").text()).containsExactly("a", "b");
        assertThat(sites.get("sites").items()).extracting(s -> s.get("id").asLong()).containsExactly(1L, 4294967295L);
        assertThat(sites.get("sites").items().get(1).get("id").text()).isEqualTo("4294967295");
        assertThat(sites.isObject()).isTrue();
    }

    @Test
    void aMissingNameOrAWrongKindReadsAsEmpty() throws Exception {
        JsonValue status = JsonValue.parse("{\"lastConfigError\": null, \"version\": \"1\", \"error\": {\"a\": 1}}");

        assertThat(status.get("nothing").get("deeper").text()).isEmpty();
        assertThat(status.get("nothing").isMissing()).isTrue();
        assertThat(status.get("nothing").text("fallback")).isEqualTo("fallback");
        assertThat(status.get("lastConfigError").text("fallback")).isEqualTo("fallback");
        assertThat(status.get("lastConfigError").isObject()).isFalse();
        assertThat(status.get("lastConfigError").isMissing()).isFalse();
        assertThat(status.get("error").text()).isEmpty();
        assertThat(status.get("version").items()).isEmpty();
        assertThat(status.get("version").get("x").isMissing()).isTrue();
        assertThat(status.get("version").asLong()).isEqualTo(1);
        assertThat(status.get("error").asLong()).isZero();
        assertThat(status.get("version").isString()).isTrue();
    }

    @Test
    void anEmptyBodyIsMissingAndBadTextIsAnError() throws Exception {
        assertThat(JsonValue.parse("").isMissing()).isTrue();
        assertThat(JsonValue.parse(" \n").get("sessions").items()).isEmpty();
        assertThatThrownBy(() -> JsonValue.parse("<html>502 Bad Gateway</html>")).isInstanceOf(IOException.class)
                .hasMessageContaining("Unexpected character ('<'");
    }

    @Test
    void aValueShowsAsItsJsonText() throws Exception {
        assertThat(JsonValue.parse("{\"a\": [1, \"x\", true, null]}").get("a")).hasToString("[1,\"x\",true,null]");
    }
}
