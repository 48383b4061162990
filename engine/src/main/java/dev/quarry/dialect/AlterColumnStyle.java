package dev.quarry.dialect;

/** How a dialect changes a column's type, nullability or default in place. */
public enum AlterColumnStyle {
    /** {@code ALTER COLUMN c TYPE …, ALTER COLUMN c SET NOT NULL, ALTER COLUMN c SET DEFAULT …} (PostgreSQL). */
    ALTER_CLAUSES,
    /** {@code MODIFY COLUMN c <whole new definition>} (MySQL, MariaDB). */
    MODIFY_COLUMN
}
