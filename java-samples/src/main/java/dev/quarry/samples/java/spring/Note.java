package dev.quarry.samples.java.spring;

/** A note as the sample's endpoints read and write it. */
public record Note(long id, String text) {
}
