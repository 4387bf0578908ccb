package org.apphostftp.cli;

import java.util.ArrayList;
import java.util.List;
import org.apphostftp.log.UnsafeText;

/**
 * A text table that fits a terminal width: columns as wide as their widest cell (up to their maximum); when the
 * whole is too wide, columns give up characters down to their minimum, those that shrink first before the others
 * (within a rank, the widest first), until it fits. Cut cells end in '~'.
 * Control and bidi formatting characters ({@link UnsafeText}) are shown as '?', so a client's command line cannot drive the administrator's terminal.
 */
final class Table {

    /**
     * A column: its header, the width limits of its cells, and when it gives up width (rank 0 first, then 1, ...).
     */
    record Column(String header, int min, int max, int shrinkRank) {

        /** A column that shrinks with the first. */
        Column(String header, int min, int max) {
            this(header, min, max, 0);
        }
    }

    static final int WIDTH = 80;
    private static final String GAP = "  ";

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    Table row(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("a row of " + columns.size() + " cells expected, got " + cells.size());
        }
        rows.add(cells.stream().map(Table::printable).toList());
        return this;
    }

    /** The header and the rows, each line ending in a newline, no wider than {@code width} unless no column can give more. */
    String render(int width) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            int natural = columns.get(c).header().length();
            for (List<String> row : rows) {
                natural = Math.max(natural, row.get(c).length());
            }
            widths[c] = Math.min(natural, columns.get(c).max());
        }
        int total = GAP.length() * (widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        int lastRank = columns.stream().mapToInt(Column::shrinkRank).max().orElse(0);
        for (int rank = 0; rank <= lastRank && total > width; rank++) {
            total -= shrink(widths, rank, total - width);
        }
        StringBuilder out = new StringBuilder();
        line(out, columns.stream().map(Column::header).toList(), widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    /** Takes up to {@code excess} characters from the columns of {@code rank}, widest first; returns how many. */
    private int shrink(int[] widths, int rank, int excess) {
        int taken = 0;
        while (taken < excess) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                Column column = columns.get(c);
                if (column.shrinkRank() == rank && widths[c] > column.min() && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                return taken; // every column of this rank is at its minimum
            }
            widths[widest]--;
            taken++;
        }
        return taken;
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = cells.get(c);
            if (cell.length() > widths[c]) {
                cell = cell.substring(0, Math.max(0, widths[c] - 1)) + "~";
            }
            line.append(cell).append(" ".repeat(widths[c] - cell.length()));
            if (c < widths.length - 1) {
                line.append(GAP);
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (UnsafeText.isUnsafe(cp)) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
