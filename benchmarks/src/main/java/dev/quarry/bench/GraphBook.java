package dev.quarry.bench;

import java.util.List;

/** A book of a {@link GraphAuthor}, with its reviews in id order. */
public record GraphBook(long id, String title, int pages, List<GraphReview> reviews) {
}
