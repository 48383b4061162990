package dev.quarry.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * The class loader a goal runs {@code quarry-migrate} in: this plugin's Quarry jars first, then the
 * project's compiled classes and runtime dependencies (its table classes, its JDBC driver), so that
 * Quarry, HikariCP, the driver and the tables see one another. Only SLF4J comes from Maven, so that
 * the pool and the runner log into the build log. One per goal execution; closed after it.
 */
final class RunLoader {
    private RunLoader() {
    }

    static URLClassLoader of(List<File> pluginJars, List<String> projectElements, ClassLoader maven)
            throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (File jar : pluginJars) {
            urls.add(jar.toURI().toURL());
        }
        for (String element : projectElements) {
            urls.add(new File(element).toURI().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), new LoggingOnly(maven));
    }

    /** The platform's classes, and SLF4J from Maven. */
    private static final class LoggingOnly extends ClassLoader {
        private final ClassLoader maven;

        LoggingOnly(ClassLoader maven) {
            super(ClassLoader.getPlatformClassLoader());
            this.maven = maven;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.slf4j.")) {
                return maven.loadClass(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
