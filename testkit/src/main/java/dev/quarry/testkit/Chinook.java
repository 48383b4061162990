package dev.quarry.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The Chinook sample database (MIT licence, see {@code chinook/LICENSE.md}), read from its bundled
 * SQLite file with plain JDBC, as the source rows the suites load into every database. Thread-safe.
 */
public final class Chinook {
    private static Path file;

    private Chinook() {
    }

    /**
     * The rows a query over the original Chinook schema returns (PascalCase names:
     * {@code SELECT ArtistId, Name FROM Artist}), each an array of JDBC objects.
     */
    public static List<Object[]> rows(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + sqliteFile());
                Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery(sql)) {
            int columns = resultSet.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (resultSet.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = resultSet.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read Chinook: " + sql, e);
        }
    }

    private static synchronized Path sqliteFile() {
        if (file == null) {
            try (InputStream source = Chinook.class.getResourceAsStream("/chinook/Chinook_Sqlite.sqlite")) {
                if (source == null) {
                    throw new IllegalStateException("chinook/Chinook_Sqlite.sqlite is missing from the testkit");
                }
                Path copy = Files.createTempFile("chinook-", ".sqlite");
                copy.toFile().deleteOnExit();
                Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                file = copy;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }
}
