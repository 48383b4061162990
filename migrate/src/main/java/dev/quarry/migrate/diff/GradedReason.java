package dev.quarry.migrate.diff;

/** A grade and the reason for it, before the change it belongs to is known. */
record GradedReason(Grade grade, String reason) {
}
