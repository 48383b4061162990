package dev.quarry.kotlin

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe

/** The tables every snippet sees; a good snippet compiling proves the header itself is valid. */
private val header = """
    import dev.quarry.kotlin.*
    import dev.quarry.sql.Expression
    import java.math.BigDecimal

    object Orders : Table("orders") {
        val id = integer("id")
        val customerId = long("customer_id").nullable()
        val quantity = integer("quantity")
        val discount = integer("discount").nullable()
        val total = decimal("total", 10, 2)
        val weight = doublePrecision("weight").nullable()
        val comment = varchar("comment", 200)
        val shipDate = date("ship_date")
    }

    object Customers : Table("customers") {
        val id = long("id")
        val name = varchar("name", 64).nullable()
    }

""".trimIndent()

/** The line (1-based) of a snippet's one-line body, after its package line and the header. */
private val bodyLine = header.lines().size + 2

/** Snippets compiled together each get a package of their own, so their declarations do not clash. */
private fun Map<String, String>.asSnippets(): Map<String, String> =
    mapValues { (name, body) -> "package snippets.$name\n" + header + "\n" + body + "\n" }

/**
 * The DSL's comparison and arithmetic operators reject operands of unrelated types at compile
 * time, and accept same-type operands of any nullability and mixed numeric types. Each test runs
 * the Kotlin compiler once over a handful of snippets.
 */
class TypeSafetySpec : FunSpec({
    test("same-type comparisons compile for every nullability combination, and aggregates and subqueries compare with columns") {
        KotlinSnippetCompiler.errors(
            mapOf(
                "nullability" to "val conditions = listOf(Orders.customerId eq Customers.id, Customers.id eq Orders.customerId, " +
                        "Orders.customerId neq Orders.customerId, Orders.id lt Orders.quantity, " +
                        "Orders.discount isDistinctFrom Orders.quantity, Orders.quantity isNotDistinctFrom Orders.discount, " +
                        "Customers.name eq Orders.comment, Orders.comment gte Customers.name)",
                "aggregates" to "val conditions = listOf(Customers.id gt count(), Orders.total lte sum(Orders.total), " +
                        "Orders.customerId eq Customers.select(Customers.id).asValue<Long>(), Orders.quantity gt max(Orders.quantity))",
                "arithmetic" to "val sums: List<Expression<*>> = listOf<Expression<*>>(Orders.quantity + Orders.id, Orders.discount * 2, -Orders.quantity); " +
                    "val mixed: List<Expression<Int?>> = listOf(Orders.discount + Orders.quantity, Orders.quantity - Orders.discount)",
            ).asSnippets(),
        ).shouldBeEmpty()
    }

    test("numeric types compare and combine with each other through numeric promotion, without casts") {
        KotlinSnippetCompiler.errors(
            mapOf(
                "mixedComparisons" to "val conditions = listOf(Orders.quantity gt (avg(Orders.quantity) * 2.0), Orders.total lte Orders.quantity, " +
                        "Orders.weight gte Orders.total, Orders.customerId eq Orders.id, " +
                        "Orders.quantity gt select(avg(Orders.quantity) * 2.0).from(Orders).asValue<Double?>())",
                "mixedArithmetic" to "val line: Expression<BigDecimal?> = Orders.total * Orders.quantity; " +
                        "val widened: Expression<Long?> = Orders.quantity + Orders.customerId; " +
                        "val floating: Expression<Double?> = Orders.weight / Orders.total",
            ).asSnippets(),
        ).shouldBeEmpty()
    }

    test("comparing, combining or assigning expressions of unrelated types does not compile") {
        val bad = mapOf(
            "intGreaterThanString" to "val c = Orders.id gt Orders.comment",
            "intEqualsDate" to "val c = Orders.id eq Orders.shipDate",
            "stringEqualsNullableLong" to "val c = Orders.comment eq Orders.customerId",
            "nullableStringDistinctFromInt" to "val c = Customers.name isDistinctFrom Orders.id",
            "intPlusString" to "val e = Orders.quantity + Orders.comment",
            "decimalProductAsInt" to "val e: Expression<Int?> = Orders.total * Orders.quantity",
        )
        val errors = KotlinSnippetCompiler.errors(bad.asSnippets())
        bad.keys.forEach { name ->
            val own = errors.filter { it.snippet == name }
            withClue(name, own) {
                own.isNotEmpty() shouldBe true
                own.all { it.line == bodyLine } shouldBe true
                own.none { "Unresolved reference" in it.message } shouldBe true
            }
        }
        errors.map { it.snippet }.toSet() shouldBe bad.keys
    }
})

private inline fun withClue(name: String, errors: List<CompileError>, assertions: () -> Unit) =
    io.kotest.assertions.withClue("snippet $name, errors $errors") { assertions() }
