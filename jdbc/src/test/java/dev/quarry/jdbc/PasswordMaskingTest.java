package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ch.qos.logback.classic.Level;
import dev.quarry.jdbc.internal.CredentialMask;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Passwords of a database never show in an exception message or a log line, whatever fails on connecting. */
class PasswordMaskingTest {
    private static final String SECRET = "s3cret-Pa55word";

    /** The target's URL with the port changed to one nothing listens on and a password option added. */
    private static String unreachable(TestTarget target) {
        String url = target.jdbcUrl();
        if (url.startsWith("jdbc:sqlite:")) {
            return "jdbc:sqlite:/no-such-directory/quarry/app.db?password=" + SECRET;
        }
        return withPassword(url.replaceFirst("//([^/:]+):\\d+/", "//$1:1/"));
    }

    private static String withPassword(String url) {
        return url + (url.contains("?") ? "&" : "?") + "password=" + SECRET;
    }

    private static List<String> messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable link = failure; link != null; link = link.getCause()) {
            messages.add(link.toString());
            for (Throwable suppressed : link.getSuppressed()) {
                messages.add(suppressed.toString());
            }
        }
        return messages;
    }

    private static void assertHidden(List<String> texts) {
        for (String text : texts) {
            assertFalse(text.contains(SECRET), "the password shows in: " + text);
        }
    }

    @OnEveryDialect
    void anUnreachableServerFailsWithoutShowingThePassword(TestTarget target) {
        try (CapturedLog log = CapturedLog.start().level("dev.quarry", Level.TRACE).level("com.zaxxer.hikari", Level.DEBUG)) {
            DataAccessException failure = assertThrows(DataAccessException.class, () -> Database.connect(
                    DatabaseConfig.builder(unreachable(target)).name("unreachable-" + target.name())
                            .connectionTimeout(Duration.ofMillis(250)).build()));
            assertHidden(messages(failure));
            assertHidden(log.allText());
        }
    }

    @OnEveryDialect
    void wrongCredentialsFailWithoutShowingThePassword(TestTarget target) {
        String url = target.jdbcUrl();
        if (target.name().equals("sqlite")) {
            // SQLite has no credentials; a configured password must not show when the file cannot be opened.
            url = "jdbc:sqlite:/no-such-directory/quarry/credentials.db";
        } else {
            // The embedded servers let local users in without a password; a database that does not exist fails the login.
            url = url.replaceFirst("//([^/]+)/[^?]*", "//$1/no_such_database");
        }
        String configured = url;
        try (CapturedLog log = CapturedLog.start().level("dev.quarry", Level.TRACE).level("com.zaxxer.hikari", Level.DEBUG)) {
            DataAccessException failure = assertThrows(DataAccessException.class, () -> Database.connect(
                    DatabaseConfig.builder(withPassword(configured)).name("credentials-" + target.name()).user("no_such_user")
                            .password(SECRET).connectionTimeout(Duration.ofMillis(250)).build()));
            assertHidden(messages(failure));
            assertHidden(log.allText());
        }
    }

    @Test
    void urlsAndDriverMessagesAreMaskedInEveryForm() {
        CredentialMask mask = CredentialMask.of("jdbc:postgresql://db:5432/app?user=app&password=" + SECRET, "other-secret");
        assertEquals("jdbc:postgresql://db:5432/app?user=app&password=***&ssl=true",
                mask.mask("jdbc:postgresql://db:5432/app?user=app&password=" + SECRET + "&ssl=true"));
        assertEquals("jdbc:mysql://app:***@db/app", mask.mask("jdbc:mysql://app:" + SECRET + "@db/app"));
        assertEquals("address=(host=db)(port=3306)(password=***)", mask.mask("address=(host=db)(port=3306)(password=x" + SECRET + ")"));
        assertEquals("jdbc:sqlserver://db;user=app;Password=***;encrypt=true",
                mask.mask("jdbc:sqlserver://db;user=app;Password=anything;encrypt=true"));
        assertEquals("login of app with *** refused, again *** and ***",
                mask.mask("login of app with " + SECRET + " refused, again " + SECRET + " and other-secret"));
        assertEquals("nothing secret here", mask.mask("nothing secret here"));

        SQLException driver = new SQLException("could not connect to jdbc:x://db?password=" + SECRET, "08001", 7,
                new IllegalStateException("because " + SECRET + " was refused"));
        Throwable masked = mask.mask(driver);
        assertEquals(List.of("java.sql.SQLException: could not connect to jdbc:x://db?password=***",
                "java.lang.IllegalStateException: because *** was refused"), messages(masked));
        assertEquals("08001", ((SQLException) masked).getSQLState());
        assertEquals(7, ((SQLException) masked).getErrorCode());
        SQLException harmless = new SQLException("connection refused");
        assertEquals(harmless, mask.mask(harmless));
    }
}
