package dev.quarry.kotlin.reporting

import java.math.BigDecimal
import java.math.RoundingMode
import java.time.LocalDateTime
import kotlin.random.Random

data class Customer(val id: Long, val name: String, val country: String, val signedUp: LocalDateTime)
data class Product(val id: Long, val name: String, val category: String, val price: BigDecimal)
data class Order(val id: Long, val customerId: Long, val placed: LocalDateTime, val status: String)
data class OrderLine(val id: Long, val orderId: Long, val productId: Long, val quantity: Int, val unitPrice: BigDecimal)

/** The generated shop: the same lists on every run, for the databases and for the reference answers. */
class SalesData(val customers: List<Customer>, val products: List<Product>, val orders: List<Order>, val lines: List<OrderLine>)

/**
 * Generates the shop from a seeded [Random]: 44 customers (the last four never order), 18 products,
 * 420 orders from 2023 to 2025 and their lines. Some orders fall on awkward moments on purpose: the
 * leap day 2024-02-29, month ends, the last second of a year and the first of the next.
 */
object SalesGenerator {
    private val names = listOf(
        "Ana Silva", "ANDRÉ Dubois", "Émile Zola", "chloé Martin", "Jürgen Weiß", "Åsa Lind", "Łukasz Nowak", "Søren Holm",
        "María Núñez", "bob Stone", "Zoë Ward", "Olaf ÖSTERBERG", "Inès Petit", "Hélène Roux", "Ömer Kaya", "Noël Blanc",
        "Ada Byron", "grace Hopper", "Linus Berg", "Marta Kowalska", "Paweł Zieliński", "Lena Fischer", "Renée Morel",
        "Tomás Ortega", "Eva Novák", "Björn Ek", "Clara Vogel", "Dmitri Ivanov", "élodie Garnier", "Felix Braun",
        "Gustav Åberg", "Hugo Lefèvre", "Ingrid Sjöberg", "José García", "Karin Berglund", "Lucía Romero",
        "Mateusz Wójcik", "Nina Krüger", "Oscar Lund", "Paula Díaz", "Quentin Rémy", "Rosa Peña", "Sven Öberg", "Théo André",
    )
    private val countries = listOf("DE", "FR", "ES", "SE", "PL", "US")
    private val catalogue = listOf(
        "Books" to listOf("Atlas of Rivers", "Cookbook", "Poems", "Sea Stories"),
        "Electronics" to listOf("Desk Lamp", "LED lamp", "Headphones", "USB Cable", "Smart Speaker"),
        "Garden" to listOf("Lampshade Planter", "Hose", "Rake", "Seed Box", "Watering Can"),
        "Toys" to listOf("Kite", "Puzzle", "Yo-yo", "Robot"),
    )
    private val statuses = listOf("paid", "paid", "paid", "paid", "paid", "paid", "shipped", "shipped", "cancelled", "paid")
    private val start: LocalDateTime = LocalDateTime.of(2023, 1, 1, 0, 0)
    private val awkward = listOf(
        LocalDateTime.of(2024, 2, 29, 10, 15), LocalDateTime.of(2024, 2, 29, 23, 59, 59), LocalDateTime.of(2023, 12, 31, 23, 59, 59),
        LocalDateTime.of(2024, 1, 1, 0, 0), LocalDateTime.of(2024, 12, 31, 18, 30), LocalDateTime.of(2025, 1, 1, 0, 0, 1),
        LocalDateTime.of(2023, 1, 31, 12, 0), LocalDateTime.of(2024, 4, 30, 23, 59, 59), LocalDateTime.of(2025, 2, 28, 9, 0),
        LocalDateTime.of(2025, 12, 31, 23, 59, 59), LocalDateTime.of(2023, 3, 1, 0, 0), LocalDateTime.of(2024, 3, 1, 0, 0),
    )

    fun generate(seed: Int = 20240229): SalesData {
        val random = Random(seed)
        val customers = names.mapIndexed { index, name ->
            val signedUp = LocalDateTime.of(2022, 6, 1, 0, 0).plusMinutes(random.nextLong(0, 60L * 24 * 900))
            Customer(index + 1L, name, countries[random.nextInt(countries.size)], signedUp)
        }
        var productId = 0L
        val products = catalogue.flatMap { (category, productNames) ->
            productNames.map { Product(++productId, it, category, BigDecimal(random.nextInt(199, 30_000)).movePointLeft(2)) }
        }
        val buyers = customers.dropLast(4)
        val orders = (1..420).map { id ->
            val moment = awkward.getOrNull(id - 1)
            val candidates = if (moment == null) buyers else buyers.filter { it.signedUp < moment }
            val customer = candidates[random.nextInt(candidates.size)]
            val placed = moment ?: randomMoment(random, customer.signedUp)
            Order(id.toLong(), customer.id, placed, statuses[random.nextInt(statuses.size)])
        }
        var lineId = 0L
        val lines = orders.flatMap { order ->
            products.shuffled(random).take(random.nextInt(1, 5)).map { product ->
                val discounted = random.nextInt(5) == 0
                val unitPrice = if (discounted) (product.price * BigDecimal("0.85")).setScale(2, RoundingMode.HALF_UP) else product.price
                OrderLine(++lineId, order.id, product.id, random.nextInt(1, 6), unitPrice)
            }
        }
        return SalesData(customers, products, orders, lines)
    }

    /** A moment in whole seconds from the later of the signup and 2023-01-01 to the end of 2025. */
    private fun randomMoment(random: Random, notBefore: LocalDateTime): LocalDateTime {
        val from = maxOf(notBefore, start)
        val seconds = java.time.Duration.between(from, LocalDateTime.of(2026, 1, 1, 0, 0)).seconds
        return from.plusSeconds(random.nextLong(1, seconds))
    }
}
