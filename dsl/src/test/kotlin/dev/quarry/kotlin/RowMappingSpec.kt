package dev.quarry.kotlin

import dev.quarry.jdbc.Row
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import java.math.BigDecimal
import java.time.Instant
import java.time.LocalDate
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.Contextual
import kotlinx.serialization.Serializable

@Serializable
private data class NameOnly(val name: String)

@Serializable
private data class NameAndEmail(val name: String, val email: String)

@Serializable
private data class AgeAsText(val name: String, val age: String)

@Serializable
private data class AgeAsDate(val name: String, @Contextual val age: LocalDate)

@Serializable
private data class StrictManager(val name: String, val managerId: Long)

@Serializable
private data class NarrowManager(val name: String, val managerId: Int?)

@Serializable
private data class BalanceAsDouble(val balance: Double)

@Serializable
private data class RoleOnly(val role: Role)

@Serializable
private data class Address(val street: String)

@Serializable
private data class NameAsAddress(val name: Address)

/** Rows decoded into @Serializable classes on every dialect: matching, values, defaults and every error. */
class RowMappingSpec : FunSpec({

    onEveryDialect { db ->
        test("a table's rows map into a data class, through into() and the shortcuts") {
            freshUsers(db)
            transaction(db) {
                val all = Users.selectAll().orderBy(Users.id)
                all.into<UserDto>().toList() shouldBe mappedUsers
                all.toList<UserDto>() shouldBe mappedUsers
                all.into(UserDto.serializer()).toList() shouldBe mappedUsers
                Users.select { id eq 2L }.single<UserDto>() shouldBe mappedUsers[1]
                Users.select { age gt 40 }.orderBy(Users.age).firstOrNull<UserDto>() shouldBe mappedUsers[2]
                Users.select { age gt 90 }.firstOrNull<UserDto>() shouldBe null
                Users.select { age gt 90 }.toList<UserDto>().shouldBeEmpty()
                val rows: List<Row> = all.toList()
                rows.map { it[Users.name] } shouldBe listOf("Ada", "Grace", "Alan", "Edsger", "Barbara")
            }
        }

        test("a mapped query streams as a flow") {
            freshUsers(db)
            transaction(db) {
                Users.selectAll().orderBy(Users.id).into<UserDto>().asFlow(fetchSize = 2).toList() shouldBe mappedUsers
            }
        }

        test("a join maps through aliases, snake_case aliases to camelCase properties") {
            freshUsers(db)
            val managers = Users.alias("managers")
            val managerName = managers[Users.name] alias "manager_name"
            val rows = transaction(db) {
                select(Users.name, managerName).from(Users)
                    .leftJoin(managers) { this[Users.id] eq Users.managerId }
                    .orderBy(Users.id)
                    .toList<UserWithManager>()
            }
            rows shouldBe listOf(
                UserWithManager("Ada", null),
                UserWithManager("Grace", "Ada"),
                UserWithManager("Alan", "Ada"),
                UserWithManager("Edsger", "Grace"),
                UserWithManager("Barbara", null),
            )
        }

        test("nullable properties take NULL and value classes read their primitive") {
            freshUsers(db)
            val refs = transaction(db) { Users.select(Users.id, Users.name, Users.managerId).orderBy(Users.id).toList<UserRef>() }
            refs shouldBe listOf(
                UserRef(UserId(1), "Ada", null),
                UserRef(UserId(2), "Grace", UserId(1)),
                UserRef(UserId(3), "Alan", UserId(1)),
                UserRef(UserId(4), "Edsger", UserId(2)),
                UserRef(UserId(5), "Barbara", null),
            )
        }

        test("properties with defaults may have no column and keep their defaults") {
            freshUsers(db)
            transaction(db) {
                Users.select(Users.name).orderBy(Users.id).toList<UserSummary>().first() shouldBe UserSummary("Ada", -1, "none")
                Users.select(Users.name, Users.age).orderBy(Users.id).toList<UserSummary>().first() shouldBe
                    UserSummary("Ada", 36, "none")
                val nickname = Users.name alias "nickname"
                Users.select(nickname, Users.name).where { id eq 2L }.single<UserSummary>() shouldBe
                    UserSummary("Grace", -1, "Grace")
            }
        }

        test("a query of one column maps into a plain type or a value class") {
            freshUsers(db)
            transaction(db) {
                Users.select(Users.name).orderBy(Users.id).toList<String>() shouldBe listOf("Ada", "Grace", "Alan", "Edsger", "Barbara")
                Users.select(Users.id).orderBy(Users.id).toList<UserId>() shouldBe (1L..5L).map(::UserId)
                Users.select(Users.managerId).orderBy(Users.id).toList<Long?>() shouldBe listOf(null, 1L, 1L, 2L, null)
                Users.select(count()).single<Int>() shouldBe 5
            }
        }

        test("@Contextual java.time and BigDecimal properties take the column's value as it is; enums match by name") {
            freshMembers(db)
            val joined = LocalDate.of(2021, 2, 28)
            val seen = Instant.parse("2024-05-01T10:15:30.123456Z")
            transaction(db) {
                Members.insert {
                    it[name] = "Ada"; it[Members.joined] = joined; it[lastSeen] = seen; it[balance] = BigDecimal("12.50")
                    it[visits] = 7; it[role] = "ADMIN"
                }
                Members.insert {
                    it[name] = "Grace"; it[Members.joined] = joined; it[lastSeen] = null; it[balance] = BigDecimal("-3.05")
                    it[visits] = 0; it[role] = "MEMBER"; it[sponsorId] = 1L
                }
                Members.selectAll().orderBy(Members.id).toList<MemberDto>() shouldBe listOf(
                    MemberDto(1, "Ada", joined, seen, BigDecimal("12.50"), 7, Role.ADMIN),
                    MemberDto(2, "Grace", joined, null, BigDecimal("-3.05"), 0, Role.MEMBER, UserId(1)),
                )
            }
        }

        test("a property without a column fails when the query is mapped, before any SQL runs, naming both sides") {
            val failure = shouldThrow<SerializableMappingException> { Users.select(Users.name).into<NameAndEmail>() }
            failure.message shouldBe "NameAndEmail.email has no column in the row; the row has dsl_users.name"
        }

        test("a selected column that no property takes fails, and so does an expression without a name") {
            val extra = shouldThrow<SerializableMappingException> { Users.select(Users.name, Users.age).into<NameOnly>() }
            extra.message shouldBe "column dsl_users.age of the row has no property in NameOnly; " +
                "select only the columns it takes, or give it a property named age"
            val managers = Users.alias("managers")
            val unnamed = shouldThrow<SerializableMappingException> {
                select(Users.name, managers[Users.managerId]).from(Users).into<NameOnly>()
            }
            unnamed.message shouldBe "column managers.manager_id of the row has no property in NameOnly; " +
                "select only the columns it takes, or give it a property named managerId"
            val computed = shouldThrow<SerializableMappingException> { Users.select(Users.name, Users.age + 1).into<NameOnly>() }
            computed.message!!.startsWith("the row's expression ") shouldBe true
            computed.message!!.endsWith(" has no name, so no property of NameOnly takes it; name it with alias") shouldBe true
        }

        test("two columns of one name for one property fail") {
            val managers = Users.alias("managers")
            val failure = shouldThrow<SerializableMappingException> {
                select(Users.name, managers[Users.name]).from(Users).into<NameOnly>()
            }
            failure.message shouldBe "NameOnly.name matches several columns of the row: dsl_users.name, managers.name; " +
                "give all but one another name with alias"
        }

        test("a query of several columns does not map into a plain type") {
            val failure = shouldThrow<SerializableMappingException> { Users.select(Users.name, Users.age).into<String>() }
            failure.message shouldBe "a String is read from a query of one column, but this one selects 2: dsl_users.name, dsl_users.age"
        }

        test("NULL for a property that is not nullable fails, naming the property and the column") {
            freshUsers(db)
            val failure = shouldThrow<SerializableMappingException> {
                transaction(db) { Users.select(Users.name, Users.managerId).orderBy(Users.id).toList<StrictManager>() }
            }
            failure.message shouldBe "StrictManager.managerId is not nullable, but column dsl_users.manager_id is NULL"
            transaction(db) {
                Users.select(Users.name, Users.managerId).where { id eq 2L }.single<StrictManager>() shouldBe StrictManager("Grace", 1)
            }
        }

        test("a value of the wrong type fails, naming the property, the column and both types") {
            freshUsers(db)
            freshMembers(db)
            transaction(db) {
                shouldThrow<SerializableMappingException> { Users.select(Users.name, Users.age).toList<AgeAsText>() }
                    .message shouldBe "AgeAsText.age is of type String, but column dsl_users.age gives an Integer"
                shouldThrow<SerializableMappingException> { Users.select(Users.name, Users.age).toList<AgeAsDate>() }
                    .message shouldBe "AgeAsDate.age is of type LocalDate, but column dsl_users.age gives an Integer"
                shouldThrow<SerializableMappingException> { Users.select(Users.name).toList<NameAsAddress>() }
                    .message!!.startsWith("NameAsAddress.name is an Address, decoded from several values, but column dsl_users.name") shouldBe true
                Members.insert {
                    it[name] = "Ada"; it[joined] = LocalDate.of(2020, 1, 1); it[balance] = BigDecimal("1.00"); it[visits] = 1
                    it[role] = "GUEST"; it[sponsorId] = 5_000_000_000L
                }
                shouldThrow<SerializableMappingException> { Members.select(Members.balance).toList<BalanceAsDouble>() }
                    .message shouldBe "BalanceAsDouble.balance is of type Double, but column map_members.balance gives a BigDecimal"
                shouldThrow<SerializableMappingException> { Members.select(Members.role).toList<RoleOnly>() }
                    .message shouldBe "RoleOnly.role is a Role, but column map_members.role gives 'GUEST', which is none of " +
                    "its constants (ADMIN, MEMBER)"
                val sponsor = Members.sponsorId alias "manager_id"
                shouldThrow<SerializableMappingException> { Members.select(Members.name, sponsor).toList<NarrowManager>() }
                    .message shouldBe "NarrowManager.managerId is of type Int, but column manager_id gives a Long " +
                    "that does not convert to Int exactly"
            }
        }
    }
})
