package dev.quarry.kotlin

import dev.quarry.QuarryException

/** A query ran outside `transaction { }`: the coroutine's context holds no transaction. */
public class NoTransactionException(operation: String) : QuarryException(
    "$operation must run inside transaction { }: this coroutine's context holds no transaction",
)
