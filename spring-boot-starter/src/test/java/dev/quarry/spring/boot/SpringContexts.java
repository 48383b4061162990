package dev.quarry.spring.boot;

import dev.quarry.testkit.TestTarget;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Application contexts as Spring Boot builds them for an application with the starter and a JDBC DataSource. */
final class SpringContexts {
    private SpringContexts() {
    }

    /** A context runner with Spring Boot's JDBC, transaction and Quarry auto-configurations, on a target's database. */
    static ApplicationContextRunner on(TestTarget target) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
                        TransactionAutoConfiguration.class, QuarryAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + target.jdbcUrl(),
                        "spring.datasource.hikari.maximum-pool-size=4");
    }
}
