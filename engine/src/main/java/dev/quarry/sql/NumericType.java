package dev.quarry.sql;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

public record NumericType() implements SqlType<BigDecimal> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.DECIMAL;
    }

    @Override
    public Class<BigDecimal> javaType() {
        return BigDecimal.class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitNumeric(this);
    }
}
