package dev.quarry.sql;

/**
 * A calendar or clock unit: what {@link DateFunctions#dateTrunc} truncates to, what an
 * {@link Interval} counts, and what a {@link DateExpression.Difference} measures in.
 */
public enum DateUnit {
    /** Calendar years; a shift by years clamps the day to the end of the month (Feb 29 + 1 year = Feb 28). */
    YEAR(false),
    /** Quarters: January, April, July and October start one; a shift by quarters is one of 3 months. */
    QUARTER(false),
    /** Calendar months; a shift by months clamps the day to the end of the month (Jan 31 + 1 month = Feb 28/29). */
    MONTH(false),
    /** ISO weeks, which start on Monday; a shift by weeks is one of 7 days. */
    WEEK(false),
    /** Days. */
    DAY(false),
    /** Hours; not for dates. */
    HOUR(true),
    /** Minutes; not for dates. */
    MINUTE(true),
    /** Seconds; not for dates. */
    SECOND(true);

    private final boolean timeOfDay;

    DateUnit(boolean timeOfDay) {
        this.timeOfDay = timeOfDay;
    }

    /** Whether this unit is shorter than a day, which a date cannot express. */
    public boolean isTimeOfDay() {
        return timeOfDay;
    }

    /** The lower-case name, as PostgreSQL's {@code date_trunc} spells it. */
    public String sqlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
