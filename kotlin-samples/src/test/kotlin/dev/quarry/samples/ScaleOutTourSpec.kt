package dev.quarry.samples

import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.addAndList
import dev.quarry.samples.tour.markSoldOut
import dev.quarry.samples.tour.openBehindPgBouncer
import dev.quarry.samples.tour.openCluster
import dev.quarry.samples.tour.restock
import dev.quarry.samples.tour.titlesInStock
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.nio.file.Files

/**
 * Runs the Kotlin scale-out tour on two SQLite files standing for a primary and a replica (SQLite
 * has no replication: the replica file is stocked by hand, so the test sees where each read went,
 * and read-your-writes is refused). Real replication is tested in the jdbc and dsl suites.
 */
class ScaleOutTourSpec : FunSpec({
    test("reads go to the replica, writes to the primary, read-your-writes needs replication") {
        val directory = Files.createTempDirectory("scale-out-tour")
        openCluster("jdbc:sqlite:${directory.resolve("primary.db")}", "jdbc:sqlite:${directory.resolve("replica.db")}").use { cluster ->
            stockTourShop(cluster.primary())
            stockTourShop(cluster.replicas()[0])
            val before = titlesInStock(cluster)
            markSoldOut(cluster, 1) shouldBe 1
            titlesInStock(cluster) shouldBe before
            transaction(cluster.primary()) { titlesInStock(cluster).size } shouldBe before.size - 1
            restock(cluster.primary(), 1) shouldBe 1
            shouldThrow<UnsupportedOperationException> { addAndList(cluster, "New") }.message shouldContain "sqlite"
        }
    }

    test("the pooler setting is for PostgreSQL; the jdbc and migrate suites run it through PgBouncer") {
        val directory = Files.createTempDirectory("scale-out-pooler")
        shouldThrow<IllegalArgumentException> { openBehindPgBouncer("jdbc:sqlite:${directory.resolve("shop.db")}") }
            .message shouldContain "the setting is for PostgreSQL behind a transaction-mode pooler"
    }
})
