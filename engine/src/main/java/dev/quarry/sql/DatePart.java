package dev.quarry.sql;

/**
 * A field read from a date, date-time or instant by {@link DateFunctions#extract}, always as an
 * integer. Instants are read in UTC on every dialect.
 */
public enum DatePart {
    /** The year, e.g. 2024. */
    YEAR(false),
    /** The quarter of the year, 1 to 4. */
    QUARTER(false),
    /** The month, 1 (January) to 12. */
    MONTH(false),
    /** The day of the month, 1 to 31. */
    DAY(false),
    /** The ISO day of the week: 1 is Monday, 7 is Sunday, as {@link java.time.DayOfWeek#getValue()}. */
    DAY_OF_WEEK(false),
    /** The hour, 0 to 23; not for dates. */
    HOUR(true),
    /** The minute, 0 to 59; not for dates. */
    MINUTE(true),
    /** The whole second, 0 to 59 (the fraction is dropped); not for dates. */
    SECOND(true);

    private final boolean timeOfDay;

    DatePart(boolean timeOfDay) {
        this.timeOfDay = timeOfDay;
    }

    /** Whether this part belongs to the time of day, which a date does not have. */
    public boolean isTimeOfDay() {
        return timeOfDay;
    }
}
