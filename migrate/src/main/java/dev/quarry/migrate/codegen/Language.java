package dev.quarry.migrate.codegen;

import java.util.Locale;

/** The language table objects are generated in. */
public enum Language {
    /** One Kotlin {@code object} per table, extending {@code dev.quarry.kotlin.Table}. */
    KOTLIN("kt"),
    /** One Java class per table, extending {@code dev.quarry.sql.Table}, with a static instance. */
    JAVA("java");

    private final String extension;

    Language(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * The language named {@code kotlin} or {@code java}, in any letter case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Language named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "kotlin" -> KOTLIN;
            case "java" -> JAVA;
            default -> throw new IllegalArgumentException("unknown language \"" + name + "\": use kotlin or java");
        };
    }
}
