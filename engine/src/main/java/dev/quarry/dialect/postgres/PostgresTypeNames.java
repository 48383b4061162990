package dev.quarry.dialect.postgres;

import dev.quarry.dialect.StandardTypeNames;
import dev.quarry.sql.ArrayType;
import dev.quarry.sql.BinaryType;
import dev.quarry.sql.JsonType;
import dev.quarry.sql.NativeEnumType;

/** PostgreSQL's DDL names where they differ from the standard ones. Stateless. */
final class PostgresTypeNames extends StandardTypeNames {
    PostgresTypeNames(String dialectName) {
        super(dialectName);
    }

    @Override
    public String visitBinary(BinaryType type) {
        return "BYTEA";
    }

    /** JSONB: indexed operators such as containment work on it, and it stores documents parsed. */
    @Override
    public String visitJson(JsonType type) {
        return "JSONB";
    }

    @Override
    public String visitNativeEnum(NativeEnumType<?> type) {
        return "\"" + type.typeName() + "\"";
    }

    @Override
    public String visitArray(ArrayType<?> type) {
        return type.elementType().accept(this) + "[]";
    }
}
