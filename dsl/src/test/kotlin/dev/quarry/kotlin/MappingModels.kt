package dev.quarry.kotlin

import dev.quarry.jdbc.Database
import java.math.BigDecimal
import java.time.Instant
import java.time.LocalDate
import kotlinx.serialization.Contextual
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/** Members of a club: the column types that data classes take through `@Contextual`, and a string enum. */
object Members : Table("map_members") {
    val id = long("id").autoIncrement()
    val name = varchar("name", 40)
    val joined = date("joined")
    val lastSeen = timestamp("last_seen").nullable()
    val balance = decimal("balance", 10, 2)
    val visits = integer("visits")
    val role = varchar("role", 10)
    val sponsorId = long("sponsor_id").nullable()
    override val primaryKey = primaryKey(id)
}

enum class Role { ADMIN, MEMBER }

@JvmInline
@Serializable
value class UserId(val value: Long)

/** A row of [Users], property for column. */
@Serializable
data class UserDto(val id: Long, val name: String, val age: Int, val managerId: Long? = null, val active: Boolean)

/** A user to insert: no id yet, so the database generates it. */
@Serializable
data class NewUser(val id: Long? = null, val name: String, val age: Int, val managerId: Long? = null, val active: Boolean = true)

/** Keys as value classes. */
@Serializable
data class UserRef(val id: UserId, @SerialName("name") val displayName: String, val managerId: UserId?)

/** A user and the name of their manager, from a self-join. */
@Serializable
data class UserWithManager(val name: String, val managerName: String?)

/** Properties with defaults that a query may leave out. */
@Serializable
data class UserSummary(val name: String, val age: Int = -1, val nickname: String = "none")

/** A member, the java.time and BigDecimal properties marked @Contextual. */
@Serializable
data class MemberDto(
    val id: Long? = null,
    val name: String,
    @Contextual val joined: LocalDate,
    @Contextual val lastSeen: Instant?,
    @Contextual val balance: BigDecimal,
    val visits: Long,
    val role: Role,
    val sponsorId: UserId? = null,
)

/** The users of [freshUsers] as [UserDto]s. */
val mappedUsers = listOf(
    UserDto(1, "Ada", 36, null, true),
    UserDto(2, "Grace", 45, 1, true),
    UserDto(3, "Alan", 41, 1, false),
    UserDto(4, "Edsger", 72, 2, true),
    UserDto(5, "Barbara", 17, null, false),
)

/** An empty [Members] table. */
suspend fun freshMembers(db: Database) {
    transaction(db) {
        dropTables(Members)
        createTables(Members)
    }
}
