package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The client commands' reading of an answer: anything but one JSON value is a clear message, never a stack trace. */
class JsonTest {

    @Test
    void aCutOffAnswerIsACommandFailureThatSaysWhere() {
        assertThatThrownBy(() -> Json.read("{\"sessions\": [{\"sessionId\": \"ab"))
                .isInstanceOf(CommandFailure.class)
                .hasMessageStartingWith("the server's answer is not JSON: Unexpected end-of-input")
                .hasMessageContaining("line: 1, column: ");
    }

    @Test
    void aHostileAnswerNestedTooDeepIsACommandFailure() {
        String deep = "{\"sessions\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertThatThrownBy(() -> Json.read(deep)).isInstanceOf(CommandFailure.class)
                .hasMessageContaining("the server's answer is not JSON: Document nesting depth");
        assertThatThrownBy(() -> Json.pretty(deep)).isInstanceOf(CommandFailure.class)
                .hasMessageContaining("the server's answer is not JSON");
    }

    @Test
    void prettyPrintingIndentsAndEscapesWhatWouldDriveTheTerminal() throws Exception {
        assertThat(Json.pretty("{\"userName\": \"eve\\u001b[2J\u202e\", \"n\": 1}"))
                .isEqualTo("{\n  \"userName\" : \"eve\\u001B[2J\\u202e\",\n  \"n\" : 1\n}");
        assertThat(Json.pretty("")).isEmpty();
    }
}
