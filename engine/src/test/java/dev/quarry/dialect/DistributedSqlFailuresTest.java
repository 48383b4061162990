package dev.quarry.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.dialect.DatabaseFailure.Kind;
import org.junit.jupiter.api.Test;

/**
 * The retryable errors that PostgreSQL- and MySQL-compatible distributed databases document, as
 * the PostgreSQL and MySQL dialects classify them: the messages are those of their documentation,
 * since these databases are not started by the test kit.
 */
class DistributedSqlFailuresTest {
    @Test
    void cockroachRestartErrorsAreSerializationFailures() {
        for (String message : new String[] {
                "restart transaction: TransactionRetryWithProtoRefreshError: WriteTooOldError: write at timestamp 1.1 too old",
                "restart transaction: TransactionRetryWithProtoRefreshError: ReadWithinUncertaintyIntervalError: read at time 2.2",
                "restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE)",
                "restart transaction: TransactionRetryWithProtoRefreshError: TransactionAbortedError(ABORT_REASON_ABORTED_RECORD_FOUND)"}) {
            DatabaseFailure failure = Dialects.POSTGRESQL.classifyFailure("40001", 0, message);
            assertEquals(Kind.SERIALIZATION_FAILURE, failure.kind(), message);
            assertTrue(failure.isTransient(), "a retry policy runs the transaction again: " + message);
        }
    }

    @Test
    void cockroachAmbiguousResultIsNotRetriedBlindly() {
        DatabaseFailure ambiguous = Dialects.POSTGRESQL.classifyFailure("40003", 0, "result is ambiguous (error=rpc error)");
        assertFalse(ambiguous.isTransient(), "the commit may have happened: running the block again could apply it twice");
    }

    @Test
    void yugabyteConflictsAndReadRestartsAreRetryable() {
        String[][] documented = {
                {"40001", "could not serialize access due to concurrent update"},
                {"40001", "Restart read required at: { read: { physical: 1680000000000000 } local_limit: { physical: 1 } }"},
                {"40001", "Transaction aborted: kAborted"},
                {"40P01", "deadlock detected"},
                {"XX000", "Query error: Restart read required at: { read: { physical: 1 } }"},
                {"XX000", "Operation expired: Transaction c0a5 expired or aborted by a conflict: 40001"},
                {"XX000", "Try again"},
        };
        for (String[] error : documented) {
            assertTrue(Dialects.POSTGRESQL.classifyFailure(error[0], 0, error[1]).isTransient(), error[0] + " " + error[1]);
        }
        assertEquals(Kind.OTHER, Dialects.POSTGRESQL.classifyFailure("XX000", 0, "internal error: cache lookup failed").kind(),
                "other internal errors are not retried");
    }

    @Test
    void tidbConflictsAndTimeoutsAreRetryable() {
        assertEquals(Kind.SERIALIZATION_FAILURE, Dialects.MYSQL.classifyFailure("HY000", 9007,
                "Write conflict, txnStartTS=1, conflictStartTS=2, conflictCommitTS=3, key={tableID=1} [try again later]").kind());
        assertEquals(Kind.SERIALIZATION_FAILURE, Dialects.MYSQL.classifyFailure("HY000", 8002,
                "[tikv:8002]can not retry select for update statement").kind());
        assertEquals(Kind.SERIALIZATION_FAILURE, Dialects.MYSQL.classifyFailure("HY000", 8022,
                "Error: KV error safe to retry").kind());
        assertEquals(Kind.SERIALIZATION_FAILURE, Dialects.MYSQL.classifyFailure("HY000", 8028,
                "Information schema is changed during the execution of the statement").kind());
        for (int code : new int[] {9001, 9002, 9005}) {
            assertTrue(Dialects.MYSQL.classifyFailure("HY000", code, "server timeout").isTransient(), "TiDB " + code);
        }
        assertEquals(Kind.DEADLOCK, Dialects.MYSQL.classifyFailure("40001", 1213, "Deadlock found").kind(),
                "Vitess passes MySQL's own deadlock error through");
    }
}
