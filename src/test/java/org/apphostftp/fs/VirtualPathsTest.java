package org.apphostftp.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VirtualPathsTest {

    @Test
    void relativeInputResolvesAgainstTheWorkingDirectory() throws Exception {
        assertThat(VirtualPaths.resolve("/a/b", "c/d")).isEqualTo("/a/b/c/d");
        assertThat(VirtualPaths.resolve("/a/b", "/c")).isEqualTo("/c");
        assertThat(VirtualPaths.resolve("/a/b", "")).isEqualTo("/a/b");
        assertThat(VirtualPaths.resolve("/a/b", null)).isEqualTo("/a/b");
    }

    @Test
    void dotAndDotDotResolveTextually() throws Exception {
        assertThat(VirtualPaths.resolve("/a/b", "./../c/./d/..")).isEqualTo("/a/c");
        assertThat(VirtualPaths.resolve("/a", "..")).isEqualTo("/");
    }

    @Test
    void backslashesAreSeparators() throws Exception {
        assertThat(VirtualPaths.resolve("/", "a\\b\\..\\c")).isEqualTo("/a/c");
        assertThat(VirtualPaths.resolve("/x", "\\a")).isEqualTo("/a");
    }

    @Test
    void emptySegmentsAndTrailingSlashesVanish() throws Exception {
        assertThat(VirtualPaths.resolve("/", "//a///b/")).isEqualTo("/a/b");
    }

    @Test
    void climbingAboveTheRootIsRefusedNotClamped() {
        assertThatThrownBy(() -> VirtualPaths.resolve("/", ".."))
                .isInstanceOfSatisfying(PathRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.OUTSIDE_ROOT));
        assertThatThrownBy(() -> VirtualPaths.resolve("/a", "/../..")).isInstanceOf(PathRefusedException.class);
        assertThatThrownBy(() -> VirtualPaths.resolve("/a/b", "../../../etc/passwd")).isInstanceOf(PathRefusedException.class);
        assertThatThrownBy(() -> VirtualPaths.resolve("/a", "..\\..\\etc")).isInstanceOf(PathRefusedException.class);
    }

    @Test
    void percentEncodedDotsAreJustAName() throws Exception {
        assertThat(VirtualPaths.resolve("/a", "%2e%2e/%2E%2E")).isEqualTo("/a/%2e%2e/%2E%2E");
        assertThat(VirtualPaths.resolve("/", "...")).isEqualTo("/...");
        assertThat(VirtualPaths.resolve("/", "~")).isEqualTo("/~");
    }

    @Test
    void nulAndOtherControlCharactersAreRefused() {
        assertThatThrownBy(() -> VirtualPaths.resolve("/", "a\0.txt"))
                .isInstanceOfSatisfying(PathRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.CONTROL_CHARACTER);
                    assertThat(e.getMessage()).contains("'a?.txt'").contains("U+0000");
                });
        assertThatThrownBy(() -> VirtualPaths.resolve("/", "a\nb")).isInstanceOf(PathRefusedException.class);
        assertThatThrownBy(() -> VirtualPaths.resolve("/", "a\u007fb")).isInstanceOf(PathRefusedException.class);
    }

    @Test
    void prefixesMatchWholeSegmentsWithoutRegardToCase() {
        assertThat(VirtualPaths.isAtOrBelow("/Shared/x", "/shared")).isTrue();
        assertThat(VirtualPaths.isAtOrBelow("/shared", "/SHARED")).isTrue();
        assertThat(VirtualPaths.isAtOrBelow("/shared2", "/shared")).isFalse();
        assertThat(VirtualPaths.isAtOrBelow("/anything", "/")).isTrue();
        assertThat(VirtualPaths.below("/a/b/c", "/A")).isEqualTo("b/c");
    }
}
