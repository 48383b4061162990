package dev.quarry.bench;

/** A review of a {@link GraphBook}. */
public record GraphReview(long id, int stars, String body) {
}
