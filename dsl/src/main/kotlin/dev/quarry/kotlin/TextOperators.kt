package dev.quarry.kotlin

import dev.quarry.sql.Condition
import dev.quarry.sql.Expression

// Text matching as infix operators. The arguments of startsWith, endsWith, contains and
// containsIgnoreCase are plain text, never patterns; see dev.quarry.sql.Expression for details.

/** The text starts with [prefix], case-sensitively; `%`, `_` and `\` in [prefix] match themselves. */
public infix fun <T : String?> Expression<T>.startsWith(prefix: String): Condition = this.startsWith(prefix)

/** The text ends with [suffix], case-sensitively; `%`, `_` and `\` in [suffix] match themselves. */
public infix fun <T : String?> Expression<T>.endsWith(suffix: String): Condition = this.endsWith(suffix)

/** The text contains [part], case-sensitively; `%`, `_` and `\` in [part] match themselves. */
public infix fun <T : String?> Expression<T>.contains(part: String): Condition = this.contains(part)

/**
 * `LIKE` ignoring case: both sides lower-cased letter by letter the same way on every dialect
 * (`É` matches `é`; `ß` matches only `ß`). `%` and `_` are wildcards, `\` escapes them.
 */
public infix fun <T : String?> Expression<T>.ilike(pattern: String): Condition = this.ilike(pattern)

/** The text contains [part] ignoring case (as [ilike] compares); [part] is plain text, never a pattern. */
public infix fun <T : String?> Expression<T>.containsIgnoreCase(part: String): Condition = this.containsIgnoreCase(part)

/** The text equals [other] ignoring case (as [ilike] compares); accents and trailing spaces count. */
public infix fun <T : String?> Expression<T>.equalsIgnoreCase(other: String): Condition = this.equalsIgnoreCase(other)

/**
 * The text matches the regular expression [regex] somewhere, case-sensitively, with the same rows
 * on every dialect. [regex] must stay within the portable subset (literals, `.`, `[a-z]`,
 * `[^0-9]`, `^`, `$`, groups, `|`, `* + ? {n} {n,} {n,m}`, backslash before punctuation); anything
 * else, such as `\d` or `(?:…)`, fails with [dev.quarry.InvalidQueryException] before any SQL.
 */
public infix fun <T : String?> Expression<T>.matches(regex: String): Condition = this.matches(regex)
