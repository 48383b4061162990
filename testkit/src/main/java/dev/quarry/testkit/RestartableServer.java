package dev.quarry.testkit;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * A database server of one test's own, which the test may stop, start, pause and resume, for the
 * fault suites: a server restarted under load, a server too frozen to answer a cancel. Always an
 * embedded server, even when the shared servers are configured URLs, because only a server the
 * test owns may be restarted; the shared servers of the other suites are never touched. The test
 * closes it, which stops it and deletes its data. Not thread-safe: one test drives it.
 */
public final class RestartableServer implements AutoCloseable {
    private final String family;
    private final EmbeddedServer server;
    private long pausedPid;

    private RestartableServer(String family, EmbeddedServer server) {
        this.family = family;
        this.server = server;
    }

    /**
     * Starts a server of a family: {@code postgresql}, or {@code mysql} (MariaDB).
     *
     * @throws IllegalArgumentException for SQLite, which has no server
     */
    public static RestartableServer start(String family) throws Exception {
        return switch (family) {
            case "postgresql" -> new RestartableServer(family, EmbeddedPostgresServer.create());
            case "mysql" -> new RestartableServer(family, EmbeddedMariaDbServer.create());
            default -> throw new IllegalArgumentException(family + " has no server to restart");
        };
    }

    /** The family it was started for. */
    public String family() {
        return family;
    }

    /** A JDBC URL, with credentials, of a scratch database on the server; the same after a restart. */
    public String jdbcUrl() {
        return server.jdbcUrl();
    }

    /** Stops the server as an administrator would: sessions end, commits in progress finish. */
    public void stop() throws Exception {
        resume();
        server.stop();
    }

    /** Starts the stopped server again, same port, same data. */
    public void start() throws Exception {
        server.start();
    }

    /**
     * Freezes the server process (SIGSTOP): connections stay open but nothing answers, not even a
     * request to cancel a statement.
     */
    public void pause() throws Exception {
        long pid = server.pid();
        signal("STOP", pid);
        pausedPid = pid;
    }

    /** Lets a paused server run again (SIGCONT); nothing happens if it is not paused. */
    public void resume() throws Exception {
        if (pausedPid != 0) {
            signal("CONT", pausedPid);
            pausedPid = 0;
        }
    }

    @Override
    public void close() throws Exception {
        resume();
        server.close();
    }

    private void signal(String name, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IOException("could not send SIG" + name + " to the " + family + " server (pid " + pid + ")");
        }
    }
}
