package org.apphostftp.config.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's configuration reference is the schema's; run with -Dreference.update=true to rewrite it. */
class ConfigurationReferenceTest {

    private static final String BEGIN = "<!-- reference:begin -->\n";
    private static final String END = "<!-- reference:end -->";

    @Test
    void readmeReferenceMatchesTheSchema() throws IOException {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertThat(begin).as("README.md needs the reference markers").isNotNegative();
        String expected = ReferenceTable.markdown(ConfigSchema.standard());
        String actual = text.substring(begin + BEGIN.length(), end);
        if (Boolean.getBoolean("reference.update") && !actual.equals(expected)) {
            Files.writeString(readme, text.substring(0, begin + BEGIN.length()) + expected + text.substring(end), StandardCharsets.UTF_8);
            actual = expected;
        }
        assertThat(actual).as("README.md configuration reference is stale: run "
                + "mvn test -Dtest=ConfigurationReferenceTest -Dreference.update=true").isEqualTo(expected);
    }
}
