package dev.quarry.kotlin

import dev.quarry.InvalidQueryException
import dev.quarry.InvalidValueException
import dev.quarry.jdbc.Database
import dev.quarry.jdbc.TooManyRowsException
import dev.quarry.sql.Column
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith

/** The first slice through the Kotlin DSL, the same on SQLite, PostgreSQL and MariaDB. */
class DslSliceSpec : FunSpec({

    suspend fun names(db: Database, query: Query<Users>): List<String> =
        transaction(db) { query.orderBy(Users.id).toList().map { it[Users.name] } }

    onEveryDialect { db ->
        test("users are created, written and read back through a filter tree") {
            freshUsers(db)
            val adults = transaction(db) { Users.select { age gte 18 }.orderBy(Users.name).toList() }
            adults.map { it[Users.name] } shouldBe listOf("Ada", "Alan", "Edsger", "Grace")
            val grace = adults.first { it[Users.name] == "Grace" }
            val managerId: Long? = grace[Users.managerId]
            managerId shouldBe 1L
            val age: Int = grace[Users.age]
            age shouldBe 45
        }

        test("every comparison operator") {
            freshUsers(db)
            names(db, Users.select { age eq 36 }) shouldBe listOf("Ada")
            names(db, Users.select { age neq 36 }) shouldBe listOf("Grace", "Alan", "Edsger", "Barbara")
            names(db, Users.select { age lt 41 }) shouldBe listOf("Ada", "Barbara")
            names(db, Users.select { age lte 41 }) shouldBe listOf("Ada", "Alan", "Barbara")
            names(db, Users.select { age gt 41 }) shouldBe listOf("Grace", "Edsger")
            names(db, Users.select { age gte 41 }) shouldBe listOf("Grace", "Alan", "Edsger")
            names(db, Users.select { age between 17..41 }) shouldBe listOf("Ada", "Alan", "Barbara")
            names(db, Users.select { managerId between 2L..5L }) shouldBe listOf("Edsger")
            names(db, Users.select { name inList listOf("Edsger", "Grace", "Nobody") }) shouldBe listOf("Grace", "Edsger")
            names(db, Users.select { name notInList listOf("Ada", "Alan") }) shouldBe listOf("Grace", "Edsger", "Barbara")
            names(db, Users.select { name inList emptyList() }).shouldBeEmpty()
            names(db, Users.select { name like "A%" }) shouldBe listOf("Ada", "Alan")
            names(db, Users.select { name like "a%" }).shouldBeEmpty()
            names(db, Users.select { name notLike "%a%" }) shouldBe listOf("Edsger")
            names(db, Users.select { managerId eq null }) shouldBe listOf("Ada", "Barbara")
            names(db, Users.select { managerId neq null }) shouldBe listOf("Grace", "Alan", "Edsger")
            names(db, Users.select { managerId.isNull() }) shouldBe listOf("Ada", "Barbara")
            names(db, Users.select { managerId eq 1L }) shouldBe listOf("Grace", "Alan")
            names(db, Users.select { managerId eq id }).shouldBeEmpty()
        }

        test("and, or, not and ! nest to any depth") {
            freshUsers(db)
            names(db, Users.select { (active eq true) and ((age gt 40) or (name like "A%")) }) shouldBe
                listOf("Ada", "Grace", "Edsger")
            names(db, Users.select { not(active eq true) or (managerId eq 2L) }) shouldBe
                listOf("Alan", "Edsger", "Barbara")
            names(db, Users.select { !((age lt 40) or ((managerId eq 1L) and !(active eq true))) }) shouldBe
                listOf("Grace", "Edsger")
        }

        test("order, limit, offset and the terminal operations") {
            freshUsers(db)
            transaction(db) {
                Users.selectAll().orderBy(Users.age.desc()).limit(2).offset(1).toList()
                    .map { it[Users.name] } shouldBe listOf("Grace", "Alan")
                Users.selectAll().orderBy(Users.managerId.asc(), Users.name.desc()).toList()
                    .map { it[Users.name] } shouldBe listOf("Barbara", "Ada", "Grace", "Alan", "Edsger")
                Users.select { age gt 70 }.single()[Users.name] shouldBe "Edsger"
                shouldThrow<NoSuchElementException> { Users.select { age gt 100 }.single() }
                shouldThrow<TooManyRowsException> { Users.select { active eq true }.single() }
                Users.selectAll().orderBy(Users.age).firstOrNull()?.get(Users.name) shouldBe "Barbara"
                Users.select { age gt 100 }.firstOrNull() shouldBe null
                Users.select { active eq true }.count() shouldBe 3L
                Users.selectAll().limit(3).offset(3).count() shouldBe 2L
                Users.select(Users.name).where { age lt 18 }.single()[Users.name] shouldBe "Barbara"
            }
        }

        test("insertAndGetId, update, updateAll, deleteWhere and deleteAll") {
            freshUsers(db)
            transaction(db) {
                Users.insertAndGetId { it[name] = "Linus"; it[age] = 20; it[active] = true } shouldBe 6L
                Users.update({ id eq 1L }) { it[age] = 37; it[managerId] = 6L } shouldBe 1
                Users.update({ managerId eq 1L }) { it[active] = true } shouldBe 2
                Users.update({ managerId eq 1L }) { it[active] = true } shouldBe 2
                Users.select { id eq 1L }.single()[Users.age] shouldBe 37
                Users.deleteWhere { age lt 18 } shouldBe 1
                Users.updateAll { it[managerId] = null } shouldBe 5
                Users.select { managerId eq null }.count() shouldBe 5L
                Users.deleteAll() shouldBe 5
                Users.selectAll().count() shouldBe 0L
            }
        }

        test("a failing transaction leaves no row behind") {
            freshUsers(db)
            val failure = shouldThrow<IllegalStateException> {
                transaction(db) {
                    Users.insert { it[name] = "Ghost"; it[age] = 99; it[active] = true }
                    Users.updateAll { it[age] = 0 }
                    error("boom")
                }
            }
            failure.message shouldBe "boom"
            transaction(db) {
                Users.selectAll().count() shouldBe 5L
                Users.select { age eq 0 }.count() shouldBe 0L
            }
        }

        test("bad values fail before any SQL runs") {
            freshUsers(db)
            @Suppress("UNCHECKED_CAST")
            val nameAsNullable = Users.name as Column<String?>
            shouldThrow<InvalidValueException> {
                transaction(db) { Users.insert { it[nameAsNullable] = null; it[age] = 1; it[active] = true } }
            }.message shouldBe "null is not allowed in non-null column dsl_users.name"
            shouldThrow<InvalidValueException> {
                transaction(db) { Users.insert { it[name] = "x".repeat(33); it[age] = 1; it[active] = true } }
            }.message shouldBe "invalid value for dsl_users.name: a string of 33 characters does not fit varchar(32)"
            shouldThrow<InvalidQueryException> {
                transaction(db) { Users.insert { it[name] = "Nobody" } }
            }.message shouldBe "INSERT INTO dsl_users has no value for non-null column dsl_users.age"
            TestDatabases.drainExecuted().shouldBeEmpty()
        }

        test("the transaction travels into suspend functions and nested blocks join it") {
            freshUsers(db)
            suspend fun adults() = Users.select { age gte 18 }.count()
            suspend fun addMinor() = transaction(db) { Users.insert { it[name] = "Kid"; it[age] = 9; it[active] = true } }
            shouldThrow<IllegalStateException> {
                transaction(db) {
                    adults() shouldBe 4L
                    addMinor()
                    Users.select { age lt 18 }.count() shouldBe 2L
                    error("outer fails")
                }
            }
            transaction(db) { Users.select { age lt 18 }.count() } shouldBe 1L
        }

        test("transaction without a database uses the default one") {
            freshUsers(db)
            Database.setDefault(db)
            transaction { Users.select { age gte 18 }.count() } shouldBe 4L
        }

        test("queries outside a transaction are refused clearly") {
            shouldThrow<NoTransactionException> { Users.selectAll().toList() }.message shouldBe
                "dsl_users query toList() must run inside transaction { }: this coroutine's context holds no transaction"
        }

        test("toSql shows the statement for the database's dialect") {
            Users.select { age gte 18 }.limit(5).toSql(db.dialect()).sql() shouldStartWith "SELECT "
            Users.select { age gte 18 }.toSql(db.dialect()).values() shouldBe listOf(18)
        }

        test("every connection is back in the pool afterwards") {
            db.internals().gate().available() shouldBe TestDatabases.POOL_SIZE
        }
    }
})
