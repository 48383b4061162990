package dev.quarry.faults

import dev.quarry.jdbc.StatementTimeoutException
import dev.quarry.jdbc.TransactionOptions
import dev.quarry.jdbc.TransactionTimeoutException
import java.time.Duration
import java.util.concurrent.CancellationException

/** How a transaction of the fault suite is meant to end, and what it must fail with if it does not commit. */
enum class Fate {
    COMMIT,
    THROW,
    STATEMENT_TIMEOUT,
    TRANSACTION_TIMEOUT,
    CANCEL;

    /** The options the transaction runs with. */
    fun options(): TransactionOptions = when (this) {
        STATEMENT_TIMEOUT -> TransactionOptions.DEFAULT.statementTimeout(Duration.ofMillis(30))
        TRANSACTION_TIMEOUT -> TransactionOptions.DEFAULT.timeout(Duration.ofMillis(80))
        else -> TransactionOptions.DEFAULT
    }

    /** Whether a transaction of this fate may fail with [failure]. */
    fun accepts(failure: Throwable): Boolean = when (this) {
        COMMIT -> false
        THROW -> failure is PlannedFailure
        STATEMENT_TIMEOUT -> failure is StatementTimeoutException
        TRANSACTION_TIMEOUT -> failure is TransactionTimeoutException
        CANCEL -> failure is CancellationException
    }

    companion object {
        /** Four in ten commit, two throw, two pass their statement timeout, one its transaction timeout, one is cancelled. */
        fun of(txn: Int): Fate = when (txn % 10) {
            0, 1, 2, 3 -> COMMIT
            4, 5 -> THROW
            6, 7 -> STATEMENT_TIMEOUT
            8 -> TRANSACTION_TIMEOUT
            else -> CANCEL
        }
    }
}

/** Thrown by a transaction's own code to make it fail on purpose. */
class PlannedFailure(txn: Int) : RuntimeException("transaction $txn fails on purpose")
