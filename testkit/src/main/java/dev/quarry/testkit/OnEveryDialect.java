package dev.quarry.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs a JUnit test once per enabled database; the test method takes a {@link TestTarget}.
 * Report names carry the database: {@code [postgresql]}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "[{0}]")
@MethodSource("dev.quarry.testkit.TestTargets#enabled")
public @interface OnEveryDialect {
}
