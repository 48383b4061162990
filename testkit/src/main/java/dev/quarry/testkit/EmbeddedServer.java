package dev.quarry.testkit;

/** An embedded database server the testkit started; it can be stopped and started again with its data. */
interface EmbeddedServer extends AutoCloseable {
    /** A JDBC URL, with credentials, of the scratch database on the server. */
    String jdbcUrl();

    /** Stops the server the way an administrator would, ending its sessions; the data stays. */
    void stop() throws Exception;

    /** Starts a stopped server again on the same port with the same data. */
    void start() throws Exception;

    /** The operating-system process id of the server's main process. */
    long pid() throws Exception;

    /** Stops the server and deletes its data. */
    @Override
    void close() throws Exception;
}
