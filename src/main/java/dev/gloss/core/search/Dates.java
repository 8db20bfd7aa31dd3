package dev.gloss.core.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An article's date as the index orders by it: days since 1970 from an ISO 8601 date, a year and month, or a year. */
final class Dates {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private Dates() {
    }

    static Optional<Long> epochDay(String published) {
        if (published == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(published.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return Optional.of(LocalDate.of(year, month, day).toEpochDay());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
