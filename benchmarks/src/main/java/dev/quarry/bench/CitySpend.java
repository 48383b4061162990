package dev.quarry.bench;

/** One row of W5: a city, its number of paid orders and their total. */
public record CitySpend(String city, long orders, long total) {
}
