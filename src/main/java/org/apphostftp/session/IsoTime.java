package org.apphostftp.session;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Times as the sessions section shows them, ISO-8601 UTC with milliseconds ({@code 2026-11-25T22:07:39.123Z}), written
 * by hand: a listing of thousands of sessions formats two times per session, and a DateTimeFormatter costs several
 * times more. Same text as {@link SessionInfo#TIME}.
 */
final class IsoTime {

    private IsoTime() {
    }

    static String format(Instant time) {
        long seconds = time.getEpochSecond();
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
        if (date.getYear() < 1 || date.getYear() > 9999) { // "yyyy" is the year of the era: year 0 is 1 BC
            return SessionInfo.TIME.format(time);
        }
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        char[] out = new char[24];
        digits(out, 0, date.getYear(), 4);
        out[4] = '-';
        digits(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        digits(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, secondOfDay % 60, 2);
        out[19] = '.';
        digits(out, 20, time.getNano() / 1_000_000, 3);
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
