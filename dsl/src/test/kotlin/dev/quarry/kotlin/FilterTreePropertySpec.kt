package dev.quarry.kotlin

import dev.quarry.jdbc.Database
import dev.quarry.sql.Condition
import dev.quarry.sql.DatePart
import dev.quarry.testkit.TestTargets
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.arbitrary
import io.kotest.property.checkAll
import java.time.LocalDateTime
import java.time.temporal.IsoFields
import kotlin.random.Random

/** The table the random filter trees run over: nullable and non-null integers, strings and a date-time. */
object Samples : Table("prop_samples") {
    val id = long("id")
    val a = integer("a").nullable()
    val b = integer("b")
    val s = varchar("s", 10).nullable()
    val t = datetime("t").nullable()
    override val primaryKey = primaryKey(id)
}

/** One row of [Samples] as the in-memory evaluator sees it. */
data class SampleRow(val id: Long, val a: Int?, val b: Int, val s: String?, val t: LocalDateTime?)

/**
 * A filter tree that renders as a Quarry condition and evaluates in memory with SQL's
 * three-valued logic (null stands for UNKNOWN).
 */
sealed interface Filter {
    fun condition(): Condition
    fun eval(row: SampleRow): Boolean?

    data class IntCompare(val column: String, val op: String, val value: Int) : Filter {
        override fun condition(): Condition {
            val expression = if (column == "a") Samples.a else Samples.b
            @Suppress("UNCHECKED_CAST")
            val typed = expression as dev.quarry.sql.Expression<Int>
            return when (op) {
                "=" -> typed eq value
                "<>" -> typed neq value
                "<" -> typed lt value
                "<=" -> typed lte value
                ">" -> typed gt value
                else -> typed gte value
            }
        }

        override fun eval(row: SampleRow): Boolean? {
            val actual = if (column == "a") row.a else row.b
            actual ?: return null
            return compare(actual.compareTo(value), op)
        }
    }

    data class StringCompare(val op: String, val value: String) : Filter {
        override fun condition(): Condition = when (op) {
            "=" -> Samples.s eq value
            "<>" -> Samples.s neq value
            "<" -> Samples.s lt value
            else -> Samples.s gte value
        }

        override fun eval(row: SampleRow): Boolean? = row.s?.let { compare(codePointCompare(it, value), op) }
    }

    data class Between(val column: String, val low: Int, val high: Int) : Filter {
        override fun condition(): Condition = (if (column == "a") Samples.a else Samples.b).between(low..high)

        override fun eval(row: SampleRow): Boolean? {
            val actual = (if (column == "a") row.a else row.b) ?: return null
            return actual in low..high
        }
    }

    data class InList(val column: String, val values: List<Int>) : Filter {
        override fun condition(): Condition = if (column == "a") Samples.a inList values else Samples.b inList values

        override fun eval(row: SampleRow): Boolean? {
            val actual = (if (column == "a") row.a else row.b) ?: return if (values.isEmpty()) false else null
            return actual in values
        }
    }

    data class StringIn(val values: List<String>) : Filter {
        override fun condition(): Condition = Samples.s inList values

        override fun eval(row: SampleRow): Boolean? {
            val actual = row.s ?: return if (values.isEmpty()) false else null
            return actual in values
        }
    }

    data class Like(val pattern: String) : Filter {
        override fun condition(): Condition = Samples.s like pattern

        override fun eval(row: SampleRow): Boolean? = row.s?.let { likeMatches(it, pattern) }
    }

    data class DatePartCompare(val part: DatePart, val op: String, val value: Int) : Filter {
        override fun condition(): Condition {
            val field = extract(part, Samples.t)
            return when (op) {
                "=" -> field eq value
                "<>" -> field neq value
                "<" -> field lt value
                "<=" -> field lte value
                ">" -> field gt value
                else -> field gte value
            }
        }

        override fun eval(row: SampleRow): Boolean? {
            val t = row.t ?: return null
            val actual = when (part) {
                DatePart.YEAR -> t.year
                DatePart.QUARTER -> t.get(IsoFields.QUARTER_OF_YEAR)
                DatePart.MONTH -> t.monthValue
                DatePart.DAY -> t.dayOfMonth
                DatePart.DAY_OF_WEEK -> t.dayOfWeek.value
                DatePart.HOUR -> t.hour
                DatePart.MINUTE -> t.minute
                DatePart.SECOND -> t.second
            }
            return compare(actual.compareTo(value), op)
        }
    }

    /** startsWith, endsWith, contains, ilike, containsIgnoreCase, equalsIgnoreCase or matches on the string column. */
    data class TextMatch(val kind: String, val argument: String) : Filter {
        override fun condition(): Condition = when (kind) {
            "startsWith" -> Samples.s startsWith argument
            "endsWith" -> Samples.s endsWith argument
            "contains" -> Samples.s contains argument
            "ilike" -> Samples.s ilike argument
            "containsIgnoreCase" -> Samples.s containsIgnoreCase argument
            "equalsIgnoreCase" -> Samples.s equalsIgnoreCase argument
            else -> Samples.s matches argument
        }

        override fun eval(row: SampleRow): Boolean? = row.s?.let { text ->
            when (kind) {
                "startsWith" -> text.startsWith(argument)
                "endsWith" -> text.endsWith(argument)
                "contains" -> text.contains(argument)
                "ilike" -> likeMatches(lowered(text), lowered(argument))
                "containsIgnoreCase" -> lowered(text).contains(lowered(argument))
                "equalsIgnoreCase" -> lowered(text) == lowered(argument)
                else -> Regex(argument).containsMatchIn(text)
            }
        }
    }

    data class IsNull(val column: String, val negated: Boolean) : Filter {
        override fun condition(): Condition {
            val expression = if (column == "a") Samples.a else Samples.s
            return if (negated) expression.isNotNull() else expression.isNull()
        }

        override fun eval(row: SampleRow): Boolean = ((if (column == "a") row.a else row.s) == null) != negated
    }

    data class Not(val operand: Filter) : Filter {
        override fun condition(): Condition = !operand.condition()

        override fun eval(row: SampleRow): Boolean? = operand.eval(row)?.not()
    }

    data class And(val operands: List<Filter>) : Filter {
        override fun condition(): Condition = Condition.allOf(operands.map { it.condition() })

        override fun eval(row: SampleRow): Boolean? {
            val values = operands.map { it.eval(row) }
            return when {
                values.any { it == false } -> false
                values.any { it == null } -> null
                else -> true
            }
        }
    }

    data class Or(val operands: List<Filter>) : Filter {
        override fun condition(): Condition = Condition.anyOf(operands.map { it.condition() })

        override fun eval(row: SampleRow): Boolean? {
            val values = operands.map { it.eval(row) }
            return when {
                values.any { it == true } -> true
                values.any { it == null } -> null
                else -> false
            }
        }
    }
}

private fun compare(sign: Int, op: String): Boolean = when (op) {
    "=" -> sign == 0
    "<>" -> sign != 0
    "<" -> sign < 0
    "<=" -> sign <= 0
    ">" -> sign > 0
    else -> sign >= 0
}

/** String order by code point, as PostgreSQL's "C", MySQL's binary collations and SQLite's BINARY order. */
private fun codePointCompare(left: String, right: String): Int {
    val l = left.codePoints().toArray()
    val r = right.codePoints().toArray()
    for (i in 0 until minOf(l.size, r.size)) {
        if (l[i] != r[i]) return l[i].compareTo(r[i])
    }
    return l.size.compareTo(r.size)
}

/** Lower case letter by letter (Unicode simple case mapping), as every dialect lowers for case-insensitive matching. */
private fun lowered(text: String): String =
    buildString { text.codePoints().forEach { appendCodePoint(Character.toLowerCase(it)) } }

/** LIKE: `%` any run, `_` one character, backslash escapes; case-sensitive. */
private fun likeMatches(text: String, pattern: String): Boolean {
    val regex = StringBuilder()
    var i = 0
    while (i < pattern.length) {
        when (val c = pattern[i]) {
            '\\' -> { i++; if (i < pattern.length) regex.append(Regex.escape(pattern[i].toString())) }
            '%' -> regex.append(".*")
            '_' -> regex.append(".")
            else -> regex.append(Regex.escape(c.toString()))
        }
        i++
    }
    return Regex(regex.toString(), RegexOption.DOT_MATCHES_ALL).matches(text)
}

private val STRINGS = listOf("", "a", "ab", "Ab", "a ", "b_c", "a%c", "abc", "ABC", "é", "e", "x y", "zz", "É", "a\\b")
private val PATTERNS = listOf("a%", "%b%", "_b%", "a\\%c", "%", "", "A%", "é%", "%c", "b\\_c", "__", "a_")
private val TEXT_KINDS = listOf("startsWith", "endsWith", "contains", "ilike", "containsIgnoreCase", "equalsIgnoreCase", "matches")
private val PLAIN_TEXTS = listOf("a", "A", "b_", "_", "%", "a%c", "É", "é", "", "x y", "AB", "\\", "c")
private val REGEXES = listOf("^a", "b$", "[a-c]{2}", "^(a|x) ", "é", "É", "^.$", "a.c", "[^a-z]", "\\%", "_c$", "^$", "\\\\")

private fun randomFilter(random: Random, depth: Int): Filter {
    val leaf = depth >= 3 || random.nextInt(3) == 0
    if (!leaf) {
        return when (random.nextInt(3)) {
            0 -> Filter.Not(randomFilter(random, depth + 1))
            1 -> Filter.And(List(2 + random.nextInt(2)) { randomFilter(random, depth + 1) })
            else -> Filter.Or(List(2 + random.nextInt(2)) { randomFilter(random, depth + 1) })
        }
    }
    val column = if (random.nextBoolean()) "a" else "b"
    return when (random.nextInt(11)) {
        0, 1 -> Filter.IntCompare(column, listOf("=", "<>", "<", "<=", ">", ">=").random(random), random.nextInt(-3, 6))
        2 -> Filter.StringCompare(listOf("=", "<>", "<", ">=").random(random), STRINGS.random(random))
        3 -> Filter.Between(column, random.nextInt(-3, 6), random.nextInt(-3, 6))
        4 -> if (random.nextBoolean()) Filter.InList(column, List(random.nextInt(4)) { random.nextInt(-3, 6) })
        else Filter.StringIn(List(random.nextInt(4)) { STRINGS.random(random) })
        5 -> Filter.Like(PATTERNS.random(random))
        6, 7 -> TEXT_KINDS.random(random).let { kind ->
            Filter.TextMatch(kind, if (kind == "matches") REGEXES.random(random)
            else if (kind == "ilike") PATTERNS.random(random) else PLAIN_TEXTS.random(random))
        }
        8 -> {
            val part = DatePart.entries.random(random)
            val range = when (part) {
                DatePart.YEAR -> 2023..2025
                DatePart.QUARTER -> 1..4
                DatePart.MONTH -> 1..12
                DatePart.DAY -> 1..31
                DatePart.DAY_OF_WEEK -> 1..7
                DatePart.HOUR -> 0..23
                else -> 0..59
            }
            Filter.DatePartCompare(part, listOf("=", "<>", "<", "<=", ">", ">=").random(random), range.random(random))
        }
        else -> Filter.IsNull(if (random.nextBoolean()) "a" else "s", random.nextBoolean())
    }
}

/** A moment between Christmas 2023 and March 2025, leap day and turn of the year included, to the microsecond. */
private fun randomDateTime(random: Random): LocalDateTime =
    LocalDateTime.of(2023, 12, 25, 0, 0).plusSeconds(random.nextLong(0, 435L * 86_400)).plusNanos(random.nextLong(0, 1_000_000) * 1_000)

/**
 * Random filter trees (comparisons, IN, BETWEEN, LIKE, text matching with and without case,
 * regular expressions, date parts, IS NULL, AND, OR, NOT over nullable columns)
 * over random rows: every database and a plain in-memory evaluation must select the same ids.
 */
@OptIn(io.kotest.common.ExperimentalKotest::class)
class FilterTreePropertySpec : FunSpec({
    test("random filter trees select the same rows on every database as in memory") {
        val random = Random(20_261_122)
        val rows = (1L..80L).map { id ->
            SampleRow(id, if (random.nextInt(5) == 0) null else random.nextInt(-3, 6), random.nextInt(-3, 6),
                if (random.nextInt(6) == 0) null else STRINGS.random(random),
                if (random.nextInt(7) == 0) null else randomDateTime(random))
        }
        val databases: List<Database> = TestTargets.enabledFamilies().map { TestDatabases.of(it) }
        for (db in databases) {
            transaction(db) {
                dropTables(Samples)
                createTables(Samples)
                Samples.insertAll(rows) { row, sample ->
                    row[id] = sample.id
                    row[a] = sample.a
                    row[b] = sample.b
                    row[s] = sample.s
                    row[t] = sample.t
                }
            }
        }
        val filters = arbitrary { randomFilter(it.random, 0) }
        checkAll(400, PropTestConfig(seed = 20_261_122), filters) { filter ->
            val expected = rows.filter { filter.eval(it) == true }.map { it.id }
            for (db in databases) {
                val actual = transaction(db) {
                    Samples.select(Samples.id).where { filter.condition() }.orderBy(Samples.id).toList().map { it[Samples.id] }
                }
                withClue(db, filter) { actual shouldBe expected }
            }
        }
    }
})

private inline fun withClue(db: Database, filter: Filter, assertion: () -> Unit) =
    io.kotest.assertions.withClue(
        "${db.dialect().name()}: $filter\n${Samples.select { filter.condition() }.toSql(db.dialect())}",
    ) { assertion() }
