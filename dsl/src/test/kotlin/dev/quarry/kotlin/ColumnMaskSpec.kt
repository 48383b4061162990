package dev.quarry.kotlin

import dev.quarry.policy.ColumnMask
import dev.quarry.policy.RowPolicies
import dev.quarry.policy.TenantPolicy
import dev.quarry.sql.TextFunctions
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import kotlinx.serialization.Serializable

/** Contacts of two tenants, with a phone number masked on the client and an e-mail address masked in SQL. */
object MaskedContacts : Table("masked_contacts") {
    val id = long("id")
    val tenant = long("tenant")
    val name = varchar("name", 32)
    val phone = varchar("phone", 20)
    val email = varchar("email", 64)
    override val primaryKey = primaryKey(id)
}

/** A contact as the application reads it. */
@Serializable
data class Contact(val id: Long, val name: String, val phone: String, val email: String)

/** Column masks read through the DSL, into rows and into @Serializable classes, on every database. */
class ColumnMaskSpec : FunSpec({
    val policies = RowPolicies.builder()
        .policy(TenantPolicy.of(MaskedContacts.tenant, TENANT))
        .mask(ColumnMask.client(MaskedContacts.phone, "see-phones") { "****" + it.takeLast(4) })
        .mask(ColumnMask.sql(MaskedContacts.email, "see-emails") { TextFunctions.left(it, 2) })
        .build()

    onEveryDialect { shared ->
        val db = TestDatabases.openLike(shared, "column-masks-${shared.name()}", 2) { policies(policies) }

        suspend fun fresh() = transaction(db) {
            withoutPolicies("fixture") {
                dropTables(MaskedContacts)
                createTables(MaskedContacts)
                MaskedContacts.insert { it[id] = 1L; it[tenant] = 1L; it[name] = "ada"; it[phone] = "+44 20 7946 0018"; it[email] = "ada@example.com" }
                MaskedContacts.insert { it[id] = 2L; it[tenant] = 1L; it[name] = "alan"; it[phone] = "+44 161 496 0123"; it[email] = "alan@example.com" }
                MaskedContacts.insert { it[id] = 3L; it[tenant] = 2L; it[name] = "grace"; it[phone] = "+1 202 555 0147"; it[email] = "grace@example.com" }
            }
        }

        val contacts = MaskedContacts.select(MaskedContacts.id, MaskedContacts.name, MaskedContacts.phone, MaskedContacts.email)
            .orderBy(MaskedContacts.id)

        test("a client-side mask rewrites rows and mapped classes unless the context has its right") {
            fresh()
            withPolicyValue(TENANT, 1L) {
                transaction(db) {
                    contacts.toList().map { it[MaskedContacts.phone] } shouldBe listOf("****0018", "****0123")
                    contacts.toList<Contact>() shouldBe listOf(
                        Contact(1L, "ada", "****0018", "ad"),
                        Contact(2L, "alan", "****0123", "al"),
                    )
                    MaskedContacts.select { phone like "+44%" }.count() shouldBe 2L
                }
                withRight("see-phones") {
                    transaction(db) {
                        contacts.toList<Contact>().map { it.phone } shouldBe listOf("+44 20 7946 0018", "+44 161 496 0123")
                    }
                }
            }
        }

        test("a SQL-side mask reaches mapped classes masked, and clear with its right") {
            fresh()
            withPolicyValue(TENANT, 2L) {
                transaction(db) { contacts.single<Contact>() } shouldBe Contact(3L, "grace", "****0147", "gr")
                withRight("see-emails") {
                    transaction(db) { contacts.single<Contact>() } shouldBe Contact(3L, "grace", "****0147", "grace@example.com")
                    withRight("see-phones") {
                        transaction(db) { contacts.firstOrNull<Contact>() } shouldBe Contact(3L, "grace", "+1 202 555 0147", "grace@example.com")
                    }
                }
                withoutPolicies("masks still apply when row policies are bypassed") {
                    transaction(db) { contacts.toList<Contact>().map { it.phone to it.email } } shouldBe listOf(
                        "****0018" to "ad", "****0123" to "al", "****0147" to "gr",
                    )
                }
            }
        }
    }
})
