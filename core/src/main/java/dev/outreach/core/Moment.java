package dev.outreach.core;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When something happens, as precisely as the source says: either a calendar day
 * ({@code 2022-10-04}) or a date-time with its UTC offset ({@code 2022-10-04T19:00+07:00}).
 *
 * <p>A day stays a day: nothing invents a time of day the source does not give. A date-time
 * always carries its offset, so it names one instant; Indonesia's WIB, WITA and WIT are the
 * offsets of {@link IndonesianTimeZone}.
 *
 * <p>A moment is what the JSON format can hold: its year (in its own offset, for a date-time)
 * is from 0000 to 9999, four digits, as the reader reads it; anything else is refused when it
 * is made, so that whatever is built can be written and read back.
 */
public final class Moment {

    private final LocalDate date;
    private final OffsetDateTime dateTime;

    /** The first and the last year the format can hold (four digits). */
    static final int MIN_YEAR = 0;
    static final int MAX_YEAR = 9999;
    /** The offsets in which a day starts first (UTC+14) and ends last (UTC-12). */
    private static final ZoneOffset EARLIEST = ZoneOffset.ofHours(14);
    private static final ZoneOffset LATEST = ZoneOffset.ofHours(-12);

    private Moment(LocalDate date, OffsetDateTime dateTime) {
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw Validators.invalid(Moment.class, "outreach.moment.outOfRange");
        }
        this.date = date;
        this.dateTime = dateTime;
    }

    /**
     * @param date the day, with no time of day
     * @return a day-precision moment
     * @throws InvalidContentException if the year is not from 0000 to 9999
     */
    public static Moment ofDate(LocalDate date) {
        return new Moment(Objects.requireNonNull(date, "date"), null);
    }

    /**
     * @param year  the year, 0000 to 9999
     * @param month the month, 1 to 12
     * @param day   the day of the month
     * @return a day-precision moment
     * @throws InvalidContentException if the date does not exist (such as 30 February) or the year
     *                                 is not from 0000 to 9999
     */
    public static Moment ofDate(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw Validators.invalid(Moment.class, "outreach.moment.outOfRange");
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw Validators.invalid(Moment.class, "outreach.moment.nonexistent");
        }
        return ofDate(date);
    }

    /**
     * The same as {@link #ofDate(LocalDate)}, named like the other factories.
     *
     * @param date the day, with no time of day
     * @return a day-precision moment
     */
    public static Moment of(LocalDate date) {
        return ofDate(date);
    }

    /**
     * @param dateTime a date-time with its offset
     * @return a moment at that instant, keeping the offset
     * @throws InvalidContentException if its year (in its offset) is not from 0000 to 9999
     */
    public static Moment of(OffsetDateTime dateTime) {
        return new Moment(dateTime.toLocalDate(), dateTime);
    }

    /**
     * @param dateTime a date-time in a zone
     * @return a moment at that instant, with the zone's offset at that time
     * @throws InvalidContentException if its year (in its offset) is not from 0000 to 9999
     */
    public static Moment of(ZonedDateTime dateTime) {
        return of(dateTime.toOffsetDateTime());
    }

    /**
     * @param localDateTime the wall-clock time
     * @param zone          the Indonesian time zone it was given in, such as WIB
     * @return a moment at that instant
     * @throws InvalidContentException if its year is not from 0000 to 9999
     */
    public static Moment of(LocalDateTime localDateTime, IndonesianTimeZone zone) {
        return of(localDateTime.atOffset(zone.offset()));
    }

    /**
     * Parses an ISO 8601 day ({@code 2022-10-04}) or date-time with offset
     * ({@code 2022-10-04T19:00+07:00}, {@code 2022-10-04T12:00Z}).
     *
     * @param text the text
     * @return the moment
     * @throws InvalidContentException if the text is neither, or is a date-time without offset
     */
    public static Moment parse(String text) {
        if (text == null || text.length() > 64 || !hasDocumentedForm(text)) {
            throw Validators.invalid(Moment.class, "outreach.moment.invalid");
        }
        // The shape is right, so every field is where hasDocumentedForm found it: read the values.
        int n = text.length();
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        boolean dateExists = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
        if (n == 10) { // yyyy-mm-dd, a day
            if (!dateExists) {
                throw Validators.invalid(Moment.class, "outreach.moment.invalid");
            }
            return ofDate(LocalDate.of(year, month, day));
        }
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = 0;
        int nano = 0;
        int i = 16;
        if (i < n && text.charAt(i) == ':') {
            second = number(text, i + 1, 2);
            i += 3;
            if (i < n && text.charAt(i) == '.') {
                int start = ++i;
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    nano = nano * 10 + text.charAt(i) - '0';
                    i++;
                }
                for (int digits = i - start; digits < 9; digits++) {
                    nano *= 10;
                }
            }
        }
        boolean valid = dateExists && hour <= 23 && minute <= 59 && second <= 59;
        if (i == n) { // a date-time without offset
            throw Validators.invalid(Moment.class, valid ? "outreach.moment.offsetRequired" : "outreach.moment.invalid");
        }
        int offset = 0;
        if (text.charAt(i) != 'Z') { // +hh:mm or +hh:mm:ss
            int minutes = number(text, i + 4, 2);
            int seconds = i + 6 < n ? number(text, i + 7, 2) : 0;
            offset = number(text, i + 1, 2) * 3600 + minutes * 60 + seconds;
            valid &= minutes <= 59 && seconds <= 59 && offset <= 18 * 3600;
            offset = text.charAt(i) == '-' ? -offset : offset;
        }
        if (!valid) {
            throw Validators.invalid(Moment.class, "outreach.moment.invalid");
        }
        return of(OffsetDateTime.of(year, month, day, hour, minute, second, nano, ZoneOffset.ofTotalSeconds(offset)));
    }

    /** @return the number of days in a month of a year of the proleptic Gregorian calendar */
    private static int daysIn(int year, int month) {
        if (month == 2) {
            return Year.isLeap(year) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** @return the value of {@code count} decimal digits at {@code from}, known to be digits */
    private static int number(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    /**
     * Whether the text has one of the forms that {@link #parse} reads, as the JSON Schema states
     * them: {@code yyyy-mm-dd}, optionally followed by {@code Thh:mm}, {@code :ss},
     * {@code .fraction} (1 to 9 digits) and an offset {@code Z} or {@code +hh:mm} (with optional
     * {@code :ss}). Nothing else of ISO 8601 that java.time would also take ({@code z},
     * {@code +07}, expanded years). The values are checked by {@link #parse}, as java.time's
     * strict ISO formats check them: a day that exists, a time from 00:00 to 23:59:59 (no 24:00,
     * no leap second) and an offset from -18:00 to +18:00.
     */
    static boolean hasDocumentedForm(String text) {
        int n = text.length();
        if (n < 10 || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 2) || text.charAt(7) != '-'
                || !digits(text, 8, 2)) {
            return false;
        }
        if (n == 10) {
            return true;
        }
        if (n < 16 || text.charAt(10) != 'T' || !digits(text, 11, 2) || text.charAt(13) != ':'
                || !digits(text, 14, 2)) {
            return false;
        }
        int i = 16;
        if (i < n && text.charAt(i) == ':') {
            if (!digits(text, i + 1, 2)) {
                return false;
            }
            i += 3;
            if (i < n && text.charAt(i) == '.') {
                int start = ++i;
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                if (i == start || i - start > 9) {
                    return false;
                }
            }
        }
        if (i == n) {
            return true;
        }
        char sign = text.charAt(i);
        if (sign == 'Z') {
            return i + 1 == n;
        }
        if ((sign != '+' && sign != '-') || !digits(text, i + 1, 2) || i + 3 >= n || text.charAt(i + 3) != ':'
                || !digits(text, i + 4, 2)) {
            return false;
        }
        i += 6;
        return i == n || (i + 3 == n && text.charAt(i) == ':' && digits(text, i + 1, 2));
    }

    private static boolean digits(String text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** @return the day, in the moment's own offset when it has a time */
    public LocalDate date() {
        return date;
    }

    /** @return the date-time with offset, or empty when only the day is known */
    public Optional<OffsetDateTime> dateTime() {
        return Optional.ofNullable(dateTime);
    }

    /** @return the offset, or empty when only the day is known */
    public Optional<ZoneOffset> offset() {
        return dateTime == null ? Optional.empty() : Optional.of(dateTime.getOffset());
    }

    /** @return whether a time of day is known */
    public boolean hasTime() {
        return dateTime != null;
    }

    /**
     * Whether this moment is certainly before {@code other}, however a day is read: a day has no
     * zone, so it is taken to span from its start in the earliest offset (UTC+14) to its end in
     * the latest (UTC-12). Two date-times compare as instants and two days as days; a day is
     * before a date-time only if it has ended everywhere by then, and a date-time is before a
     * day only if the day has not yet started anywhere ({@code 2022-10-04T23:30Z} is not before
     * {@code 2022-10-05}: it is 5 October, 07:30, in WITA).
     *
     * @param other the other moment
     * @return whether this is before {@code other}
     */
    public boolean isBefore(Moment other) {
        if (dateTime != null && other.dateTime != null) {
            return dateTime.isBefore(other.dateTime);
        }
        if (dateTime == null && other.dateTime == null) {
            return date.isBefore(other.date);
        }
        if (dateTime == null) { // this day has ended in the latest offset by the other's instant
            return !other.dateTime.toInstant().isBefore(endEverywhere(date));
        }
        return dateTime.toInstant().isBefore(startAnywhere(other.date));
    }

    private static Instant startAnywhere(LocalDate day) {
        return day.atStartOfDay().toInstant(EARLIEST);
    }

    private static Instant endEverywhere(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(LATEST);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Moment && ((Moment) other).date.equals(date)
                && Objects.equals(((Moment) other).dateTime, dateTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, dateTime);
    }

    /** @return the ISO 8601 form: {@code 2022-10-04} or {@code 2022-10-04T19:00+07:00} */
    @Override
    public String toString() {
        return dateTime != null ? dateTime.toString() : date.toString();
    }
}
