package dev.quarry.testkit;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;

/**
 * Makes a streaming hot standby's data directory from a running primary without
 * {@code pg_basebackup} (the embedded binaries lack it): the primary's files are copied between
 * {@code pg_backup_start()} and {@code pg_backup_stop()}, the backup label is written beside them,
 * and {@code standby.signal} plus {@code primary_conninfo} make the copy follow the primary over a
 * replication slot, which keeps the WAL the standby still needs.
 */
final class PostgresStandbyCopy {
    static final String SLOT = "quarry_standby";
    /** Files a base backup leaves out: the running server's own, and WAL the standby streams instead. */
    private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label");
    private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp");

    private PostgresStandbyCopy() {
    }

    /** Copies the primary into a new directory, ready to start as its standby. */
    static Path of(EmbeddedPostgresServer primary) throws Exception {
        Path target = Files.createTempDirectory("quarry-postgres-standby-");
        String adminUrl = "jdbc:postgresql://localhost:" + primary.port() + "/postgres?user=postgres";
        try (Connection connection = DriverManager.getConnection(adminUrl);
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_create_physical_replication_slot('" + SLOT + "', true)");
            statement.execute("SELECT pg_backup_start('quarry-standby', true)");
            copy(primary.dataDirectory(), target);
            try (ResultSet stop = statement.executeQuery("SELECT labelfile FROM pg_backup_stop(false)")) {
                stop.next();
                Files.writeString(target.resolve("backup_label"), stop.getString(1));
            }
        }
        Files.writeString(target.resolve("standby.signal"), "");
        Files.writeString(target.resolve("postgresql.auto.conf"),
                "\nprimary_conninfo = 'host=localhost port=" + primary.port() + " user=postgres application_name=quarry_standby'\n"
                        + "primary_slot_name = '" + SLOT + "'\nhot_standby = on\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return target;
    }

    private static void copy(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                Path copy = target.resolve(source.relativize(directory).toString());
                Files.createDirectories(copy);
                if (EMPTIED_DIRECTORIES.contains(directory.getFileName().toString()) && !directory.equals(source)) {
                    if (directory.getFileName().toString().equals("pg_wal")) {
                        Files.createDirectories(copy.resolve("archive_status"));
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!SKIPPED_FILES.contains(file.getFileName().toString())) {
                    try {
                        Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                    } catch (NoSuchFileException vanished) {
                        // A temporary file the server removed during the copy; the backup does not need it.
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }
        });
    }
}
