package org.apphostftp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Reading and printing the endpoint's JSON answers. */
final class Json {

    private Json() {
    }

    static JsonNode read(String body) throws CommandFailure {
        try {
            return AdminClient.JSON.readTree(body);
        } catch (IOException e) {
            throw new CommandFailure("the server's answer is not JSON: " + e.getMessage(), e);
        }
    }

    /** Indented, for people. */
    static String pretty(String body) throws CommandFailure {
        try {
            return AdminClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(read(body));
        } catch (IOException e) {
            throw new CommandFailure("cannot print the server's answer: " + e.getMessage(), e);
        }
    }
}
