package dev.quarry.kotlin

import dev.quarry.InvalidValueException
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith
import java.math.BigDecimal
import java.time.Instant
import java.time.LocalDate
import kotlinx.serialization.Serializable

@Serializable
private data class UserWithEmail(val name: String, val age: Int, val active: Boolean, val email: String)

@Serializable
private data class MaybeNamed(val name: String?, val age: Int, val active: Boolean)

@Serializable
private data class AgeOnly(val age: Long)

@Serializable
private data class Nickname(val first: String)

@Serializable
private data class NestedName(val name: Nickname, val age: Int, val active: Boolean)

/** Inserts and updates from @Serializable classes on every dialect, and what they read back. */
class SerializableWritesSpec : FunSpec({

    onEveryDialect { db ->
        test("insertValue and insertAll write data classes, the database generating null keys") {
            freshUsers(db)
            transaction(db) {
                Users.insertValue(NewUser(name = "Margaret", age = 33, managerId = 2)) shouldBe 1
                Users.insertAll(listOf(NewUser(name = "Barbara L.", age = 17, active = false), NewUser(name = "Linus", age = 12))) shouldBe 2
                Users.insertAll(emptyList<NewUser>()) shouldBe 0
                Users.select { id gt 5L }.orderBy(Users.id).toList<UserDto>() shouldBe listOf(
                    UserDto(6, "Margaret", 33, 2, true),
                    UserDto(7, "Barbara L.", 17, null, false),
                    UserDto(8, "Linus", 12, null, true),
                )
            }
        }

        test("update writes a data class's properties to the matching rows; other columns keep their values") {
            freshUsers(db)
            transaction(db) {
                Users.update({ id eq 2L }, mappedUsers[1].copy(name = "Grace H.", age = 46, active = false)) shouldBe 1
                Users.update({ age gt 40 }, AgeOnly(50)) shouldBe 3
                Users.update({ id eq 1L }) { it[age] = 37 } shouldBe 1
                Users.selectAll().orderBy(Users.id).toList<UserDto>() shouldBe listOf(
                    UserDto(1, "Ada", 37, null, true),
                    UserDto(2, "Grace H.", 50, 1, false),
                    UserDto(3, "Alan", 50, 1, false),
                    UserDto(4, "Edsger", 50, 2, true),
                    UserDto(5, "Barbara", 17, null, false),
                )
            }
        }

        test("what is written reads back equal: @Contextual values, enums by name, value classes, converted numbers") {
            freshMembers(db)
            val members = listOf(
                MemberDto(null, "Ada", LocalDate.of(1999, 12, 31), Instant.parse("2038-01-19T03:14:08.654321Z"),
                    BigDecimal("1234.50"), 12, Role.ADMIN),
                MemberDto(null, "Grace", LocalDate.of(2024, 2, 29), null, BigDecimal("-0.05"), 0, Role.MEMBER, UserId(1)),
            )
            transaction(db) {
                Members.insertAll(members) shouldBe 2
                Members.insertValue(members[0].copy(name = "Alan", visits = 3)) shouldBe 1
                Members.selectAll().orderBy(Members.id).toList<MemberDto>() shouldBe listOf(
                    members[0].copy(id = 1),
                    members[1].copy(id = 2),
                    members[0].copy(id = 3, name = "Alan", visits = 3),
                )
                Members.select(Members.role, Members.visits).where { id eq 1L }.single()
                    .let { listOf(it[Members.role], it[Members.visits]) } shouldBe listOf("ADMIN", 12)
            }
        }

        test("the lambda forms of insertAll and update still resolve next to the data class forms") {
            freshUsers(db)
            transaction(db) {
                Users.insertAll(listOf("Margaret", "Frances")) { row, name ->
                    row[this.name] = name
                    row[age] = 50
                    row[active] = true
                } shouldBe 2
                Users.update({ age eq 50 }) { it[active] = false } shouldBe 2
                Users.select { active eq false }.count() shouldBe 4L
            }
        }

        test("a property without a column fails before any SQL runs, naming the property and the table's columns") {
            freshUsers(db)
            transaction(db) {
                shouldThrow<SerializableMappingException> { Users.insertValue(UserWithEmail("Edsger", 72, true, "e@example.org")) }
                    .message shouldBe "UserWithEmail.email has no column in table dsl_users; its columns are " +
                    "id, name, age, manager_id, active"
                shouldThrow<SerializableMappingException> { Users.update({ id eq 1L }, UserWithEmail("Ada", 36, true, "a@b.c")) }
                    .message!! shouldStartWith "UserWithEmail.email has no column in table dsl_users"
                Users.selectAll().count() shouldBe 5L
            }
        }

        test("a value its column rejects fails before any SQL runs, naming the property, and nothing is written") {
            freshUsers(db)
            transaction(db) {
                shouldThrow<InvalidValueException> { Users.insertValue(MaybeNamed(null, 30, true)) }
                    .message shouldBe "MaybeNamed.name: null is not allowed in non-null column dsl_users.name"
                shouldThrow<InvalidValueException> {
                    Users.insertAll(listOf(NewUser(name = "Ok", age = 1), NewUser(name = "x".repeat(33), age = 2)))
                }.message!! shouldStartWith "NewUser.name: invalid value for dsl_users.name"
                shouldThrow<InvalidValueException> { Users.update({ id eq 1L }, AgeOnly(3_000_000_000L)) }
                    .message shouldBe "AgeOnly.age: invalid value for dsl_users.age: expected a Integer but got a java.lang.Long"
                shouldThrow<SerializableMappingException> { Users.insertValue(NestedName(Nickname("Ed"), 72, true)) }
                    .message!! shouldStartWith "NestedName.name is a Nickname, written as several values, but column " +
                    "dsl_users.name takes one String"
                Users.selectAll().orderBy(Users.id).toList<UserDto>() shouldBe mappedUsers
            }
        }
    }
})
