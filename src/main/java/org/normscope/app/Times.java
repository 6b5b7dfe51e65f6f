package org.normscope.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** How people write a record time: an instant, or a day meaning the end of that day (UTC). */
public final class Times {
    private Times() {
    }

    /** Parses a record time; the exception's message says what a valid one looks like. */
    public static Instant known(String text) {
        String t = text.strip();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000);
            }
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a record time; write YYYY-MM-DD or an instant such as 2026-11-30T12:00:00Z");
        }
    }
}
