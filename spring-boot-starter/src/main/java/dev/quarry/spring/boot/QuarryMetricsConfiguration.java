package dev.quarry.spring.boot;

import dev.quarry.micrometer.QuarryMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Micrometer metrics of every database ({@link QuarryMetrics}: statements, transactions, pools Quarry
 * creates) when quarry-micrometer is on the classpath and the context has a {@link MeterRegistry}
 * (a single one, or a primary one such as Spring Boot Actuator's composite registry). Off with
 * {@code quarry.metrics.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({QuarryMetrics.class, MeterRegistry.class})
@ConditionalOnProperty(prefix = "quarry.metrics", name = "enabled", matchIfMissing = true)
class QuarryMetricsConfiguration {

    @Bean
    QuarryDatabaseCustomizer quarryMetricsCustomizer(ObjectProvider<MeterRegistry> registries) {
        return (name, builder) -> {
            MeterRegistry registry = registries.getIfUnique();
            if (registry != null) {
                QuarryMetrics.of(registry).configure(builder);
            }
        };
    }
}
