package dev.quarry.spring.boot;

import dev.quarry.opentelemetry.QuarryTracing;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * OpenTelemetry spans of every database's transactions and statements ({@link QuarryTracing}) when
 * quarry-opentelemetry is on the classpath and the context has an {@link OpenTelemetry} bean. Off with
 * {@code quarry.tracing.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({QuarryTracing.class, OpenTelemetry.class})
@ConditionalOnProperty(prefix = "quarry.tracing", name = "enabled", matchIfMissing = true)
class QuarryTracingConfiguration {

    @Bean
    QuarryDatabaseCustomizer quarryTracingCustomizer(ObjectProvider<OpenTelemetry> openTelemetry) {
        return (name, builder) -> {
            OpenTelemetry available = openTelemetry.getIfUnique();
            if (available != null) {
                QuarryTracing.configure(builder, available);
            }
        };
    }
}
