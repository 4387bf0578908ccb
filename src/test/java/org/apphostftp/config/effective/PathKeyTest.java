package org.apphostftp.config.effective;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class PathKeyTest {

    /** The rule as the class states it: NFC, then each code point upper-cased and lower-cased on its own. */
    private static String byTheRule(String path) {
        StringBuilder key = new StringBuilder();
        Normalizer.normalize(path, Normalizer.Form.NFC).codePoints()
                .forEach(cp -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return key.toString();
    }

    @Test
    void everyAsciiCharacterGetsTheKeyTheRuleGivesWithoutTheNormalizer() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
            String one = String.valueOf(c);
            assertThat(PathKey.of(one)).as("U+%04X", (int) c).isEqualTo(byTheRule(one));
        }
        assertThat(PathKey.of(all.toString())).isEqualTo(byTheRule(all.toString()));
        assertThat(PathKey.of("Default FTP Site/Pub/ReadMe.TXT")).isEqualTo("default ftp site/pub/readme.txt");
    }

    @Test
    void namesOutsideAsciiStillFoldAndNormalizeAsBefore() {
        assertThat(PathKey.same("DİR", "dir")).isTrue();
        assertThat(PathKey.same("Σ", "ς")).isTrue();
        assertThat(PathKey.same("σ", "Σ")).isTrue();
        assertThat(PathKey.same("ẞ", "ß")).isTrue();
        assertThat(PathKey.same("STRASSE", "Straße")).isFalse();
        assertThat(PathKey.same("Cafe\u0301", "CAF\u00c9")).as("NFD matches NFC").isTrue();
        assertThat(PathKey.of("Site/Cafe\u0301/X")).isEqualTo(byTheRule("Site/Cafe\u0301/X"));
    }

    @Test
    void anEmptyPathAndAPathOfControlCharactersAreTheirOwnKeys() {
        assertThat(PathKey.of("")).isEmpty();
        assertThat(PathKey.of("\u0000\u001f/\u007f")).isEqualTo("\u0000\u001f/\u007f");
    }
}
