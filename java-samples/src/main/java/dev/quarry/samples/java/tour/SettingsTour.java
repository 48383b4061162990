package dev.quarry.samples.java.tour;

import dev.quarry.dialect.NamingStrategy;
import dev.quarry.dialect.TextSemantics;
import dev.quarry.jdbc.DatabaseConfig;
import java.time.Duration;
import java.util.Map;

/**
 * Database settings; docs/getting-started.md, docs/schema.md and docs/query-language.md show the
 * regions between "docs:" markers.
 */
public final class SettingsTour {
    private SettingsTour() {
    }

    // docs:settings
    /** The settings of the shop's database: {@code Database.connect(shopSettings(secret))} opens it. */
    static DatabaseConfig shopSettings(String secret) {
        return DatabaseConfig.builder("jdbc:postgresql://localhost/shop")
                .user("shop").password(secret)
                .name("shop")
                .poolSize(16)
                .connectionTimeout(Duration.ofSeconds(5))
                .poolSettings(pool -> pool.setMinimumIdle(2))
                .build();
    }
    // docs:end

    // docs:naming
    /** The shop's tables are declared in snake_case; on MySQL/MariaDB its schema names them in PascalCase, except SKU. */
    static DatabaseConfig namedSettings(String url) {
        boolean mysql = url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
        return DatabaseConfig.builder(url)
                .naming(mysql ? NamingStrategy.UPPER_CAMEL.withNames(Map.of("sku", "SKU")) : NamingStrategy.AS_DECLARED)
                .build();
    }
    // docs:end

    // docs:text-semantics
    /**
     * A database whose existing tables' collations decide, so that their indexes serve every
     * comparison and ORDER BY: an old MariaDB schema in utf8mb4_unicode_ci, where "Émile" sorts next to "emile".
     */
    static DatabaseConfig ownCollationSettings(String url) {
        return DatabaseConfig.builder(url)
                .textSemantics(TextSemantics.DATABASE)
                .build();
    }
    // docs:end
}
