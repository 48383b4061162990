package dev.quarry.migrate.codegen;

import java.util.Locale;

/**
 * How column names become property names: {@code invoice_date} and {@code InvoiceDate} become
 * {@code invoiceDate} ({@link #CAMEL}) or {@code InvoiceDate} ({@link #PASCAL}). Table names
 * always become PascalCase class names.
 */
public enum PropertyNaming {
    /** {@code invoiceDate}. */
    CAMEL,
    /** {@code InvoiceDate}. */
    PASCAL;

    /**
     * The naming called {@code camel} or {@code pascal}, in any letter case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static PropertyNaming named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "camel" -> CAMEL;
            case "pascal" -> PASCAL;
            default -> throw new IllegalArgumentException("unknown naming \"" + name + "\": use camel or pascal");
        };
    }
}
