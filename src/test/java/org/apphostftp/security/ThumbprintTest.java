package org.apphostftp.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThumbprintTest {

    private static final String HEX = "0123456789ABCDEF0123456789ABCDEF01234567";

    @Test
    void caseSpacesColonsAndInvisibleMarksDoNotMatter() {
        assertThat(Thumbprint.normalize(HEX.toLowerCase())).contains(HEX);
        assertThat(Thumbprint.normalize("01 23 45 67 89 ab cd ef 01 23 45 67 89 ab cd ef 01 23 45 67")).contains(HEX);
        assertThat(Thumbprint.normalize("01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67")).contains(HEX);
        assertThat(Thumbprint.normalize("\u200e" + HEX + " ")).contains(HEX);
    }

    @Test
    void anythingButFortyHexDigitsIsNoThumbprint() {
        assertThat(Thumbprint.normalize(HEX.substring(1))).isEmpty();
        assertThat(Thumbprint.normalize(HEX.substring(1) + "G")).isEmpty();
        assertThat(Thumbprint.normalize(HEX + "00")).isEmpty();
    }
}
