package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BytesTest {

    @Test
    void byteCountsAreShortWithOneDecimalBelowTen() {
        assertThat(Bytes.human(97)).isEqualTo("97");
        assertThat(Bytes.human(1843)).isEqualTo("1.8K");
        assertThat(Bytes.human(12 * 1024 * 1024 + 5)).isEqualTo("12M");
        assertThat(Bytes.human(5L * 1024 * 1024 * 1024 * 1024)).isEqualTo("5.0T");
    }
}
