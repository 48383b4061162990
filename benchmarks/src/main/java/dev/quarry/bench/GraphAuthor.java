package dev.quarry.bench;

import java.util.List;

/** W8's object graph: an author with its books, each with its reviews, in id order. */
public record GraphAuthor(long id, String name, List<GraphBook> books) {
}
