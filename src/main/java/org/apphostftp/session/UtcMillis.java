package org.apphostftp.session;

import java.time.Instant;
import java.time.LocalDate;

/**
 * ISO-8601 UTC text with milliseconds ({@code 2026-11-25T22:07:39.123Z}), written digit by digit: listing thousands
 * of sessions formats two times each, and {@link java.time.format.DateTimeFormatter} spends most of a listing there
 * (zone rules and a BigDecimal per fraction). Same text as {@link SessionInfo#TIME}.
 */
final class UtcMillis {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private UtcMillis() {
    }

    static String format(Instant instant) {
        long millis = instant.toEpochMilli();
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(millis, MILLIS_PER_DAY));
        if (date.getYear() < 0 || date.getYear() > 9999) {
            return SessionInfo.TIME.format(instant); // four digits only; far outside any session's life anyway
        }
        int ofDay = (int) Math.floorMod(millis, MILLIS_PER_DAY);
        char[] out = new char[24];
        digits(out, 0, date.getYear(), 4);
        out[4] = '-';
        digits(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, ofDay / 3_600_000, 2);
        out[13] = ':';
        digits(out, 14, ofDay / 60_000 % 60, 2);
        out[16] = ':';
        digits(out, 17, ofDay / 1000 % 60, 2);
        out[19] = '.';
        digits(out, 20, ofDay % 1000, 3);
        out[23] = 'Z';
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
