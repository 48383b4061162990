package dev.quarry.sql;

import java.math.BigDecimal;

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
    public <R> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitNumeric(this);
    }
}
