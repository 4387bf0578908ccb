package org.apphostftp.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A text table that fits a terminal width: columns as wide as their widest cell (up to their maximum); when the
 * whole is too wide, the widest column above its minimum gives up a character until it fits. Cut cells end in '~'.
 * Control characters are shown as '?', so a client's command line cannot drive the administrator's terminal.
 */
final class Table {

    /** A column: its header and the width limits of its cells. */
    record Column(String header, int min, int max) {
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

    /** The header and the rows, each line ending in a newline and no wider than {@code width}. */
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
        while (total > width) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                if (widths[c] > columns.get(c).min() && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                break; // every column is at its minimum
            }
            widths[widest]--;
            total--;
        }
        StringBuilder out = new StringBuilder();
        line(out, columns.stream().map(Column::header).toList(), widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
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
            if (Character.isISOControl(cp)) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
