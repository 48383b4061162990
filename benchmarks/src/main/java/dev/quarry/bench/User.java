package dev.quarry.bench;

/** A user as every client maps it. */
public record User(long id, String name, int age, String city, boolean active) {
}
