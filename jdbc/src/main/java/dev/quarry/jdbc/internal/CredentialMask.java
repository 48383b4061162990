package dev.quarry.jdbc.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Hides a database's passwords in text that may reach a log or an exception message: the
 * {@code password=} options of JDBC URLs and driver messages, the {@code user:password@} part of a
 * URL's authority, and the configured password itself, each shown as {@code ***}. Immutable and
 * thread-safe.
 */
public final class CredentialMask {
    private static final String MASK = "***";
    private static final Pattern OPTION =
            Pattern.compile("(?i)((?:password|passwd|pwd)\\s*=\\s*)([^&;,\\s)\"']+)");
    private static final Pattern AUTHORITY = Pattern.compile("(//[^/?#@:\\s]*:)([^/?#@\\s]+)@");
    private static final int SHORTEST_LITERAL = 3;

    private final List<String> secrets;

    private CredentialMask(List<String> secrets) {
        this.secrets = List.copyOf(secrets);
    }

    /** The mask of a database's URL (may be null) and configured password (may be null). */
    public static CredentialMask of(@Nullable String url, @Nullable String password) {
        List<String> secrets = new ArrayList<>();
        if (password != null && password.length() >= SHORTEST_LITERAL) {
            secrets.add(password);
        }
        if (url != null) {
            collect(OPTION.matcher(url), secrets);
            collect(AUTHORITY.matcher(url), secrets);
        }
        return new CredentialMask(secrets);
    }

    private static void collect(Matcher matcher, List<String> secrets) {
        while (matcher.find()) {
            if (matcher.group(2).length() >= SHORTEST_LITERAL) {
                secrets.add(matcher.group(2));
            }
        }
    }

    /** The text with every password hidden; null stays null. */
    public @Nullable String mask(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String masked = AUTHORITY.matcher(OPTION.matcher(text).replaceAll("$1" + MASK)).replaceAll("$1" + MASK + "@");
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    /**
     * The failure as it is if no message of its cause chain shows a password; otherwise a copy of the
     * chain with the passwords hidden, of the same SQLStates and vendor codes and stack traces, the
     * copies of other exceptions than {@link SQLException} naming the class they copy.
     */
    public Throwable mask(Throwable failure) {
        if (!revealsSecret(failure)) {
            return failure;
        }
        Throwable cause = failure.getCause() == null || failure.getCause() == failure ? null : mask(failure.getCause());
        String message = mask(failure.getMessage());
        Throwable copy;
        if (failure instanceof SQLException sql) {
            copy = new SQLException(message, sql.getSQLState(), sql.getErrorCode(), cause);
        } else {
            copy = new MaskedFailure(failure.getClass().getName() + (message == null ? "" : ": " + message), cause);
        }
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    private boolean revealsSecret(Throwable failure) {
        for (Throwable link = failure; link != null; link = link.getCause() == link ? null : link.getCause()) {
            String message = link.getMessage();
            if (message != null && !message.equals(mask(message))) {
                return true;
            }
        }
        return false;
    }

    /** A copy of an exception whose message showed a password. */
    private static final class MaskedFailure extends Exception {
        private static final long serialVersionUID = 1L;

        MaskedFailure(String message, @Nullable Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return String.valueOf(getMessage());
        }
    }
}
