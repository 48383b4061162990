package dev.quarry.kotlin.mapping

import java.math.BigDecimal

/**
 * Conversions between Kotlin's primitive values that lose nothing: integers to any integer type they
 * fit, integers to `Double`/`Float` while exactly representable and to `BigDecimal`, `Float` to
 * `Double`, `Double` to `Float` when exact, `Char` to `String`. Never floating point to integers or
 * to decimals. Stateless.
 */
internal object ExactNumbers {
    private const val DOUBLE_EXACT = 1L shl 53
    private const val FLOAT_EXACT = 1L shl 24

    /** [value] as an instance of [target] if it is one or converts exactly, else null. */
    fun convert(value: Any, target: Class<*>): Any? = when {
        target.isInstance(value) -> value
        value is Long || value is Int || value is Short || value is Byte -> fromInteger((value as Number).toLong(), target)
        value is Float -> if (target == Double::class.javaObjectType) value.toDouble() else null
        value is Double -> if (target == Float::class.javaObjectType && value.toFloat().toDouble() == value) value.toFloat() else null
        value is Char -> if (target == String::class.java) value.toString() else null
        else -> null
    }

    private fun fromInteger(integer: Long, target: Class<*>): Any? = when (target) {
        Long::class.javaObjectType -> integer
        Int::class.javaObjectType -> if (integer in Int.MIN_VALUE..Int.MAX_VALUE) integer.toInt() else null
        Short::class.javaObjectType -> if (integer in Short.MIN_VALUE..Short.MAX_VALUE) integer.toShort() else null
        Byte::class.javaObjectType -> if (integer in Byte.MIN_VALUE..Byte.MAX_VALUE) integer.toByte() else null
        Double::class.javaObjectType -> if (integer in -DOUBLE_EXACT..DOUBLE_EXACT) integer.toDouble() else null
        Float::class.javaObjectType -> if (integer in -FLOAT_EXACT..FLOAT_EXACT) integer.toFloat() else null
        BigDecimal::class.java -> BigDecimal.valueOf(integer)
        else -> null
    }
}
