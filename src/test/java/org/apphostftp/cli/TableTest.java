package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    private static Table twoColumns() {
        return new Table(List.of(new Table.Column("NAME", 4, 10), new Table.Column("TEXT", 4, 100)));
    }

    @Test
    void columnsAreAsWideAsTheirWidestCellUpToTheirMaximum() {
        String text = twoColumns().row(List.of("a-name-longer-than-ten", "short")).row(List.of("b", "x")).render(80);

        assertThat(text).isEqualTo("NAME        TEXT\na-name-lo~  short\nb           x\n");
    }

    @Test
    void aTooWideTableShrinksItsWidestColumnUntilItFits() {
        String text = twoColumns().row(List.of("name", "y".repeat(50))).render(30);

        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(30));
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).isEqualTo("name  " + "y".repeat(23) + "~");
    }

    @Test
    void columnsNeverShrinkBelowTheirMinimum() {
        String text = twoColumns().row(List.of("abcdefgh", "abcdefgh")).render(5);

        assertThat(text.lines().skip(1).findFirst().orElseThrow()).isEqualTo("abc~  abc~");
    }

    @Test
    void controlCharactersCannotReachTheTerminal() {
        String text = twoColumns().row(List.of("x", "RETR \u001b[2Jevil\u0007")).render(80);

        assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007").contains("RETR ?[2Jevil?");
    }
}
