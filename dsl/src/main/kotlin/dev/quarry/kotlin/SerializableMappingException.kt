package dev.quarry.kotlin

import dev.quarry.QuarryException

/**
 * A `@Serializable` class does not fit the rows or the table it is mapped to: a property without a
 * column, a selected column that no property takes, NULL for a property that is not nullable, or a
 * value whose type the property cannot hold. The message names the class, the property, the column
 * and the types concerned; values themselves are left out of it.
 */
public class SerializableMappingException(message: String, cause: Throwable? = null) : QuarryException(message, cause)
