package dev.quarry.jdbc.hooks;

/**
 * Code run before or after an insert, update or delete of one table; see {@link Hooks}. A hook
 * registered before a write may veto it by throwing (the exception reaches the caller unchanged and
 * nothing is sent) or add assignments with {@link WriteEvent#set}; a hook after a write sees the
 * number of rows it affected, and a failure it throws fails the statement's caller (the
 * transaction then rolls back as for any failure).
 *
 * <p>Hooks run on the thread that runs the statement, inside the statement's transaction but
 * outside its connection: a hook may run statements of its own through
 * {@link WriteEvent#transaction()}, which run the hooks of their tables too. They may be called
 * from several threads at once.
 */
@FunctionalInterface
public interface WriteHook {
    /** Handles one write. */
    void handle(WriteEvent event);
}
