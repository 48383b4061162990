package dev.quarry.bench;

import java.sql.SQLException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** W5: users joined to their orders, grouped by city, filtered by HAVING. */
public class W5JoinAggregate {
    private static final String STATUS = "paid";
    private static final long MIN_ORDERS = 100;

    @Benchmark
    public List<CitySpend> jdbc(DialectState state) throws SQLException {
        return state.clients.jdbc.joinAggregate(STATUS, MIN_ORDERS);
    }

    @Benchmark
    public List<CitySpend> quarryJava(DialectState state) {
        return state.clients.quarryJava.joinAggregate(STATUS, MIN_ORDERS);
    }

    @Benchmark
    public List<CitySpend> quarryKotlin(DialectState state) {
        return state.clients.quarryKotlin.joinAggregateBlocking(STATUS, MIN_ORDERS);
    }

    @Benchmark
    public List<CitySpend> exposed(DialectState state) {
        return state.clients.exposed.joinAggregate(STATUS, MIN_ORDERS);
    }
}
