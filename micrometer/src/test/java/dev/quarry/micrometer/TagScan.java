package dev.quarry.micrometer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.util.List;
import java.util.Locale;

/** Checks that no meter of a registry carries SQL text or a bound value in a tag. */
final class TagScan {
    private static final List<String> SQL_TEXT = List.of("?", "\"", "`", "(", "=", " from ", " where ", " set ", " values");

    private TagScan() {
    }

    static void assertNoSqlOrValues(MeterRegistry registry, List<String> boundValues) {
        List<Meter> meters = registry.getMeters();
        assertFalse(meters.isEmpty(), "no meters to scan");
        for (Meter meter : meters) {
            for (Tag tag : meter.getId().getTags()) {
                String value = tag.getValue().toLowerCase(Locale.ROOT);
                String where = meter.getId().getName() + " tag " + tag.getKey() + "=" + tag.getValue();
                assertTrue(value.length() <= 64, where + " is too long for a tag");
                for (String sql : SQL_TEXT) {
                    assertFalse(value.contains(sql), where + " holds SQL text " + sql);
                }
                for (String bound : boundValues) {
                    assertFalse(value.contains(bound.toLowerCase(Locale.ROOT)), where + " holds the bound value " + bound);
                }
            }
        }
    }
}
