package dev.quarry.jdbc;

import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a piece of a test as if MySQL Connector/J were not on the class path: its drivers are taken
 * out of {@link DriverManager} and the thread's class loader sees no drivers, then both are put back.
 * Not thread-safe: other tests must not open jdbc:mysql: connections meanwhile.
 */
final class WithoutDriver {
    private WithoutDriver() {
    }

    static <T> T connectorJ(Supplier<T> work) {
        List<Driver> removed = new ArrayList<>();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            for (Driver driver : Collections.list(DriverManager.getDrivers())) {
                if (driver.getClass().getName().startsWith("com.mysql.")) {
                    DriverManager.deregisterDriver(driver);
                    removed.add(driver);
                }
            }
            try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
                Thread.currentThread().setContextClassLoader(empty);
                return work.get();
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("could not hide MySQL Connector/J from the test", e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            for (Driver driver : removed) {
                try {
                    DriverManager.registerDriver(driver);
                } catch (SQLException e) {
                    throw new IllegalStateException("could not register MySQL Connector/J again", e);
                }
            }
        }
    }
}
