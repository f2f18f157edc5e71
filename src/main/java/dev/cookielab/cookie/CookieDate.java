package dev.cookielab.cookie;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** RFC 6265bis §5.1.1: how a browser reads the date of an {@code Expires} attribute, whatever its format. */
public final class CookieDate {

    private static final Pattern DELIMITERS = Pattern.compile("[\\x09\\x20-\\x2F\\x3B-\\x40\\x5B-\\x60\\x7B-\\x7E]+");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\D.*)?");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:\\D.*)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{2,4})(?:\\D.*)?");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private CookieDate() {
    }

    /** The instant the text names, or {@code null} when the algorithm fails and the attribute is ignored. */
    public static Instant parse(String text) {
        int[] time = null;
        int day = -1;
        int month = -1;
        int year = -1;
        for (String token : DELIMITERS.split(text)) {
            Matcher matcher;
            if (token.isEmpty()) {
                continue;
            }
            if (time == null && (matcher = TIME.matcher(token)).matches()) {
                time = new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3))};
            } else if (day < 0 && (matcher = DAY.matcher(token)).matches()) {
                day = Integer.parseInt(matcher.group(1));
            } else if (month < 0 && token.length() >= 3
                    && MONTHS.indexOf(token.substring(0, 3).toLowerCase(Locale.ROOT)) % 3 == 0) {
                month = MONTHS.indexOf(token.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
            } else if (year < 0 && (matcher = YEAR.matcher(token)).matches()) {
                year = Integer.parseInt(matcher.group(1));
            }
        }
        if (year >= 70 && year <= 99) {
            year += 1900;
        } else if (year >= 0 && year <= 69) {
            year += 2000;
        }
        if (time == null || day < 1 || day > 31 || month < 0 || year < 1601 || time[0] > 23 || time[1] > 59
                || time[2] > 59) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, time[0], time[1], time[2]).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException impossible) {
            return null; // February 30th
        }
    }

    /** "in 13 days", "in 5 hours", "2 minutes ago": how far an instant is from now, as the pages say it. */
    public static String fromNow(Instant now, Instant instant) {
        java.time.Duration gap = java.time.Duration.between(now, instant);
        long seconds = Math.abs(gap.getSeconds());
        String amount = seconds >= 86_400 * 2 ? seconds / 86_400 + " days" : seconds >= 7200 ? seconds / 3600
                + " hours" : seconds >= 120 ? seconds / 60 + " minutes" : seconds + " seconds";
        return gap.isNegative() ? amount + " ago" : "in " + amount;
    }
}
