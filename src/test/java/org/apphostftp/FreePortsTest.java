package org.apphostftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void everyPortBelongsToExactlyOneOfTwoJvmsAndOddPortsAreSplitEvenly() {
        List<Integer> odd = IntStream.rangeClosed(32768, 60999).filter(p -> p % 2 == 1).boxed().toList();

        long first = odd.stream().filter(p -> FreePorts.share(p, 2) == 0).count();

        assertThat(odd).allSatisfy(p -> assertThat(FreePorts.share(p, 2)).isBetween(0, 1));
        assertThat(first).isBetween(odd.size() / 2L - 1, odd.size() / 2L + 1);
        assertThat(IntStream.range(0, 65536).map(p -> FreePorts.share(p, 1))).containsOnly(0);
    }

    @Test
    void theHandedOutPortsAreThisJvmsShareAndNeverTheSameTwice() {
        int[] own = FreePorts.ownShare();
        Set<Integer> ports = new HashSet<>();

        for (int i = 0; i < 200; i++) {
            ports.add(FreePorts.next());
        }

        assertThat(ports).hasSize(200).allSatisfy(p -> assertThat(FreePorts.share(p, own[1])).isEqualTo(own[0]));
    }
}
