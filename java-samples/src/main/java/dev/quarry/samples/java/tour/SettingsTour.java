package dev.quarry.samples.java.tour;

import dev.quarry.jdbc.DatabaseConfig;
import java.time.Duration;

/** Database settings; docs/getting-started.md shows the region between "docs:" markers. */
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
}
