package org.apphostftp.log;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.WeekFields;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apphostftp.config.effective.LogPeriod;

/**
 * IIS's W3C file names: {@code ex} + the period's date digits + {@code .log}, prefixed {@code u_} when the log is
 * UTF-8 (logInUTF8, the default): Hourly {@code u_exYYMMDDHH.log}, Daily {@code u_exYYMMDD.log}, Weekly
 * {@code u_exYYMMWW.log} (WW = week of the month, weeks starting on Sunday), Monthly {@code u_exYYMM.log};
 * MaxSize numbers its files {@code u_extend1.log}, {@code u_extend2.log}, ...
 */
final class LogFileNaming {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyMMddHH");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyMM");
    private static final Pattern SEQUENCE = Pattern.compile("(u_)?extend([1-9][0-9]{0,8})\\.log");

    private LogFileNaming() {
    }

    /** The name of the file that holds lines written at local time {@code t} (period other than MaxSize). */
    static String timed(LogPeriod period, boolean utf8, LocalDateTime t) {
        String digits = switch (period) {
            case HOURLY -> HOUR.format(t);
            case DAILY -> DAY.format(t);
            case WEEKLY -> MONTH.format(t) + String.format("%02d", t.get(WeekFields.SUNDAY_START.weekOfMonth()));
            case MONTHLY -> MONTH.format(t);
            case MAX_SIZE -> throw new IllegalArgumentException("MaxSize logs are numbered, not dated");
        };
        return prefix(utf8) + "ex" + digits + ".log";
    }

    /** The name of MaxSize file number {@code n} (from 1). */
    static String sized(boolean utf8, int n) {
        return prefix(utf8) + "extend" + n + ".log";
    }

    /** The number of a MaxSize file of this encoding, if {@code fileName} is one. */
    static OptionalInt sequenceOf(String fileName, boolean utf8) {
        Matcher m = SEQUENCE.matcher(fileName);
        if (!m.matches() || (m.group(1) != null) != utf8) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(m.group(2)));
    }

    private static String prefix(boolean utf8) {
        return utf8 ? "u_" : "";
    }
}
