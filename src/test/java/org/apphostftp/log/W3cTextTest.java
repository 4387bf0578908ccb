package org.apphostftp.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A client's text becomes one W3C token that neither breaks the line nor reorders what a reader of the log sees. */
class W3cTextTest {

    @Test
    void spacesAndControlsBecomePlusAsInIis() {
        assertThat(W3cText.token("opts utf8 on")).isEqualTo("opts+utf8+on");
        assertThat(W3cText.token("evil\r\nFAKE\u001b[31m")).isEqualTo("evil++FAKE+[31m");
        assertThat(W3cText.token("a\u009bb")).isEqualTo("a+b");
    }

    @Test
    void bidiControlsCannotReorderTheLine() {
        assertThat(W3cText.token("report\u202Etxt.exe")).isEqualTo("report+txt.exe");
        assertThat(W3cText.token("x\u2066y\u2069\u200Fz\u061C")).isEqualTo("x+y++z+");
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        String name = "Dİr/ßüber/Σίσυφος.txt";
        assertThat(W3cText.token(name)).isSameAs(name);
        assertThat(W3cText.token("")).isEqualTo("-");
        assertThat(W3cText.token(null)).isEqualTo("-");
    }
}
