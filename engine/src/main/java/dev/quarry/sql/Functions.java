package dev.quarry.sql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Functions, aggregates, window functions, literals and CASE, for static import:
 * {@code import static dev.quarry.sql.Functions.*}. Each means the same on every dialect; the
 * renderer picks each dialect's spelling.
 */
public final class Functions {
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final Pattern OPERATOR = Pattern.compile("[-+*/<>=~!@#%^&|`]{1,4}");

    private Functions() {
    }

    // ---- aggregates --------------------------------------------------------------------------

    /** {@code COUNT(*)}. */
    public static Analytic.Aggregate<Long> count() {
        return new Analytic.Aggregate<>(AggregateFunction.COUNT, null, false, SqlType.BIGINT);
    }

    /** {@code COUNT(expression)}: the non-null values. */
    public static Analytic.Aggregate<Long> count(Expression<?> expression) {
        return new Analytic.Aggregate<>(AggregateFunction.COUNT, expression, false, SqlType.BIGINT);
    }

    /** {@code COUNT(DISTINCT expression)}. */
    public static Analytic.Aggregate<Long> countDistinct(Expression<?> expression) {
        return new Analytic.Aggregate<>(AggregateFunction.COUNT, expression, true, SqlType.BIGINT);
    }

    /**
     * {@code SUM(expression)}: NULL over no rows. Integers sum to a {@code Long}, decimals to a
     * {@code BigDecimal} of the same scale, doubles to a {@code Double}; name the type where it is
     * used: {@code Long total = row.get(sum(ORDERS.quantity))}. The named type must be a
     * {@link Number}: {@code Analytic.Aggregate<String> total = sum(ORDERS.amount)} does not compile.
     */
    public static <N extends @Nullable Number> Analytic.Aggregate<N> sum(Expression<? extends @Nullable Number> expression) {
        return new Analytic.Aggregate<>(AggregateFunction.SUM, expression, false, sumType(expression.sqlType()));
    }

    /** {@code AVG(expression)} as a double, computed in floating point on every dialect. */
    public static Analytic.Aggregate<Double> avg(Expression<?> expression) {
        requireNumeric(expression, "AVG");
        return new Analytic.Aggregate<>(AggregateFunction.AVG, new Expression.Cast<>(expression, SqlType.DOUBLE),
                false, SqlType.DOUBLE);
    }

    /** {@code MIN(expression)}. */
    public static <T extends @Nullable Object> Analytic.Aggregate<T> min(Expression<T> expression) {
        return new Analytic.Aggregate<>(AggregateFunction.MIN, expression, false, expression.sqlType());
    }

    /** {@code MAX(expression)}. */
    public static <T extends @Nullable Object> Analytic.Aggregate<T> max(Expression<T> expression) {
        return new Analytic.Aggregate<>(AggregateFunction.MAX, expression, false, expression.sqlType());
    }

    // ---- window functions --------------------------------------------------------------------

    /** {@code ROW_NUMBER()}; use with {@code over(window)}. */
    public static Analytic.WindowCall<Long> rowNumber() {
        return new Analytic.WindowCall<>(WindowFunction.ROW_NUMBER, List.of(), SqlType.BIGINT);
    }

    /** {@code RANK()}: ties share a rank, with gaps after them. */
    public static Analytic.WindowCall<Long> rank() {
        return new Analytic.WindowCall<>(WindowFunction.RANK, List.of(), SqlType.BIGINT);
    }

    /** {@code DENSE_RANK()}: ties share a rank, without gaps. */
    public static Analytic.WindowCall<Long> denseRank() {
        return new Analytic.WindowCall<>(WindowFunction.DENSE_RANK, List.of(), SqlType.BIGINT);
    }

    /** {@code LAG(expression)}: the value one row before in the window, or NULL. */
    public static <T extends @Nullable Object> Analytic.WindowCall<T> lag(Expression<T> expression) {
        return new Analytic.WindowCall<>(WindowFunction.LAG, List.of(expression), expression.sqlType());
    }

    /** {@code LAG(expression, offset, fallback)}. */
    public static <T extends @Nullable Object> Analytic.WindowCall<T> lag(Expression<T> expression, int offset, Expression<T> fallback) {
        return new Analytic.WindowCall<>(WindowFunction.LAG,
                List.of(expression, literal(offset), fallback), expression.sqlType());
    }

    /** {@code LEAD(expression)}: the value one row after in the window, or NULL. */
    public static <T extends @Nullable Object> Analytic.WindowCall<T> lead(Expression<T> expression) {
        return new Analytic.WindowCall<>(WindowFunction.LEAD, List.of(expression), expression.sqlType());
    }

    /** {@code LEAD(expression, offset, fallback)}. */
    public static <T extends @Nullable Object> Analytic.WindowCall<T> lead(Expression<T> expression, int offset, Expression<T> fallback) {
        return new Analytic.WindowCall<>(WindowFunction.LEAD,
                List.of(expression, literal(offset), fallback), expression.sqlType());
    }

    // ---- scalar functions ---------------------------------------------------------------------

    /** Lower case, every letter, the same on every dialect. */
    public static Expression<String> lower(Expression<String> text) {
        return call(SqlFunction.LOWER, SqlType.TEXT, text);
    }

    /** Upper case, every letter, the same on every dialect. */
    public static Expression<String> upper(Expression<String> text) {
        return call(SqlFunction.UPPER, SqlType.TEXT, text);
    }

    /** Length in characters, never bytes. */
    public static Expression<Integer> length(Expression<String> text) {
        return call(SqlFunction.CHAR_LENGTH, SqlType.INTEGER, text);
    }

    /** The characters from {@code start} (1-based) to the end. */
    public static Expression<String> substring(Expression<String> text, int start) {
        return call(SqlFunction.SUBSTRING, SqlType.TEXT, text, literal(requirePositive(start)));
    }

    /** {@code length} characters from {@code start} (1-based). */
    public static Expression<String> substring(Expression<String> text, int start, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("substring length must not be negative, got " + length);
        }
        return call(SqlFunction.SUBSTRING, SqlType.TEXT, text, literal(requirePositive(start)), literal(length));
    }

    /** Without leading and trailing spaces. */
    public static Expression<String> trim(Expression<String> text) {
        return call(SqlFunction.TRIM, SqlType.TEXT, text);
    }

    /** The concatenation of the operands; NULL if any is NULL. */
    public static Expression<String> concat(Expression<?>... operands) {
        return new Computed.Concat(List.of(operands));
    }

    /**
     * The text compared, grouped and sorted by a collation of the database:
     * {@code collate(USERS.name, "utf8mb4_0900_ai_ci")}, {@code collate(USERS.name, "NOCASE")}. The
     * name is the database's own, so it is the caller's to name one that exists where it runs.
     *
     * @throws IllegalArgumentException if the expression is not text or the name is not a collation name
     */
    public static Expression<String> collate(Expression<String> text, String collation) {
        return new Computed.Collate(text, java.util.Objects.requireNonNull(collation, "collation"));
    }

    /**
     * The text compared, grouped and sorted by code point, the same on every dialect whatever the
     * column's collation: for tables Quarry did not create, whose case-insensitive or linguistic
     * collations would otherwise decide {@code =}, ORDER BY, GROUP BY and DISTINCT. An index on a
     * column of another collation may not serve such a comparison.
     *
     * @throws IllegalArgumentException if the expression is not text
     */
    public static Expression<String> byCodePoint(Expression<String> text) {
        return new Computed.Collate(text, null);
    }

    /** The first non-null expression. */
    @SafeVarargs
    public static <T extends @Nullable Object> Expression<T> coalesce(Expression<T> first, Expression<T>... rest) {
        List<Expression<?>> all = new ArrayList<>();
        all.add(first);
        all.addAll(List.of(rest));
        return new Computed.FunctionCall<>(SqlFunction.COALESCE, all, first.sqlType());
    }

    /** The expression, or the value when it is NULL. */
    public static <T extends @Nullable Object> Expression<T> coalesce(Expression<T> expression, T fallback) {
        return coalesce(expression, new Expression.Param<>(fallback, expression.sqlType()));
    }

    /** NULL when {@code value} equals {@code other}, otherwise {@code value}. */
    public static <T extends @Nullable Object> Expression<T> nullif(Expression<T> value, Expression<T> other) {
        return new Computed.FunctionCall<>(SqlFunction.NULLIF, List.of(value, other), value.sqlType());
    }

    /** NULL when {@code value} equals {@code other}, otherwise {@code value}. */
    public static <T extends @Nullable Object> Expression<T> nullif(Expression<T> value, T other) {
        return nullif(value, new Expression.Param<>(other, value.sqlType()));
    }

    /**
     * Rounded to {@code digits} places, halves away from zero. A decimal keeps the given scale;
     * anything else becomes an unconstrained {@link SqlType#NUMERIC}.
     */
    public static Expression<BigDecimal> round(Expression<?> number, int digits) {
        requireNumeric(number, "ROUND");
        SqlType<BigDecimal> type = number.sqlType() instanceof DecimalType decimal && digits >= 0
                ? SqlType.decimal(Math.max(decimal.precision() - decimal.scale() + digits, 1), Math.min(digits, 30))
                : SqlType.NUMERIC;
        return call(SqlFunction.ROUND, type, number, literal(digits));
    }

    /** The absolute value. */
    public static <T extends @Nullable Object> Expression<T> abs(Expression<T> number) {
        requireNumeric(number, "ABS");
        return new Computed.FunctionCall<>(SqlFunction.ABS, List.of(number), number.sqlType());
    }

    /** Today's date in UTC. */
    public static Expression<LocalDate> currentDate() {
        return new Computed.FunctionCall<>(SqlFunction.CURRENT_DATE, List.of(), SqlType.DATE);
    }

    /** The current instant, to the microsecond where the dialect keeps them. */
    public static Expression<Instant> currentTimestamp() {
        return new Computed.FunctionCall<>(SqlFunction.CURRENT_TIMESTAMP, List.of(), SqlType.TIMESTAMP);
    }

    /**
     * The current date-time in UTC as a {@link LocalDateTime}, to the microsecond where
     * the dialect keeps them (the millisecond on SQLite): a default for datetime columns.
     */
    public static Expression<LocalDateTime> currentDateTime() {
        return new Computed.FunctionCall<>(SqlFunction.CURRENT_DATETIME, List.of(), SqlType.DATETIME);
    }

    // ---- functions and SQL the query language has no node for --------------------------------

    /**
     * A call of any scalar or aggregate function by name, of the type the caller names:
     * {@code function("similarity", SqlType.DOUBLE, BOOKS.title, value("dune", SqlType.TEXT))}. The
     * name is written as given (unquoted, so the database folds its case as it does for any
     * function), the arguments rendered and bound as everywhere else. An aggregate groups like the
     * built-in ones. Works in select lists, conditions, ORDER BY and GROUP BY.
     *
     * @param name a function name, optionally qualified by a schema: letters, digits and underscores
     * @throws IllegalArgumentException if the name is not such a name
     */
    public static <T extends @Nullable Object> Expression<T> function(String name, SqlType<T> type, Expression<?>... arguments) {
        if (!FUNCTION_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("\"" + name + "\" is not a function name: use letters, digits and"
                    + " underscores, optionally schema.function; write anything else with sql(…)");
        }
        StringBuilder text = new StringBuilder(name).append('(');
        for (int i = 0; i < arguments.length; i++) {
            text.append(i == 0 ? "" : ", ").append('{').append(i).append('}');
        }
        return sql(text.append(')').toString(), type, arguments);
    }

    /**
     * An expression written by hand, of the type the caller names, with expressions in its numbered
     * placeholders: {@code sql("similarity({0}, {1})", SqlType.DOUBLE, BOOKS.title, value("dune", SqlType.TEXT))}.
     * The text goes into the statement as it is, in every dialect: it is the caller's to make it
     * valid where it runs. See {@link SqlTemplate} for the rules.
     *
     * @throws IllegalArgumentException if the template is malformed, leaves an argument unused or
     *     holds {@code ?}, {@code ;} or a comment
     */
    public static <T extends @Nullable Object> Expression<T> sql(String template, SqlType<T> type, Expression<?>... arguments) {
        return new Computed.Template<>(SqlTemplate.parse(template, List.of(arguments)), type);
    }

    /**
     * A condition written by hand with expressions in its numbered placeholders:
     * {@code sqlCondition("{0} @@ to_tsquery({1})", DOCS.body, value("cat", SqlType.TEXT))}.
     *
     * @throws IllegalArgumentException as {@link #sql} does
     */
    public static Condition sqlCondition(String template, Expression<?>... arguments) {
        return new Condition.Template(SqlTemplate.parse(template, List.of(arguments)));
    }

    /**
     * {@code left operator right} for an operator the query language has no node for, such as
     * PostgreSQL's {@code &&} on arrays: {@code operator(EVENTS.tags, "&&", value(tags, type))}.
     *
     * @param operator the operator's symbols, such as {@code @@}, {@code &&} or {@code <->}
     * @throws IllegalArgumentException if the operator is not a run of operator symbols
     */
    public static Condition operator(Expression<?> left, String operator, Expression<?> right) {
        return sqlCondition("{0} " + requireOperator(operator) + " {1}", left, right);
    }

    /**
     * {@code left operator right} giving a value of the type the caller names, such as pgvector's
     * distance {@code <->}.
     *
     * @throws IllegalArgumentException if the operator is not a run of operator symbols
     */
    public static <T extends @Nullable Object> Expression<T> operator(Expression<?> left, String operator, Expression<?> right,
            SqlType<T> type) {
        return sql("{0} " + requireOperator(operator) + " {1}", type, left, right);
    }

    private static String requireOperator(String operator) {
        if (!OPERATOR.matcher(operator).matches()) {
            throw new IllegalArgumentException("\"" + operator + "\" is not an operator: use symbols such as @@, && or <->;"
                    + " write anything else with sqlCondition(…)");
        }
        return operator;
    }

    // ---- literals, CASE, subqueries ----------------------------------------------------------

    /** An integer written into the SQL. */
    public static Expression<Integer> literal(int value) {
        return new Expression.Literal<>(value, SqlType.INTEGER);
    }

    /** A bigint written into the SQL. */
    public static Expression<Long> literal(long value) {
        return new Expression.Literal<>(value, SqlType.BIGINT);
    }

    /** A string written into the SQL, quoted and escaped by the dialect. */
    public static Expression<String> literal(String value) {
        return new Expression.Literal<>(value, SqlType.TEXT);
    }

    /** A boolean written into the SQL. */
    public static Expression<Boolean> literal(boolean value) {
        return new Expression.Literal<>(value, SqlType.BOOLEAN);
    }

    /** A decimal written into the SQL. */
    public static Expression<BigDecimal> literal(BigDecimal value) {
        int scale = Math.max(value.scale(), 0);
        return new Expression.Literal<>(value, SqlType.decimal(Math.max(value.precision(), scale + 1), scale));
    }

    /** A bound value of a given type, for where no column gives the type. */
    public static <T extends @Nullable Object> Expression<T> value(@Nullable T value, SqlType<T> type) {
        if (value != null) {
            String violation = type.violation(value);
            if (violation != null) {
                throw new dev.quarry.InvalidValueException("invalid value: " + violation);
            }
        }
        return new Expression.Param<>(value, type);
    }

    /** {@code CASE WHEN condition THEN result …}; add branches with {@code when}, close with {@code otherwise}. */
    public static <T extends @Nullable Object> Computed.Case<T> caseWhen(Condition condition, Expression<T> result) {
        return new Computed.Case<>(List.of(new Computed.When<>(condition, result)), null, result.sqlType());
    }

    /** {@code CASE WHEN condition THEN value …} with a bound value of the given type. */
    public static <T extends @Nullable Object> Computed.Case<T> caseWhen(Condition condition, T result, SqlType<T> type) {
        return caseWhen(condition, value(result, type));
    }

    /** {@code EXISTS (subquery)}. */
    public static Condition exists(Query subquery) {
        return Condition.exists(subquery);
    }

    /** {@code NOT EXISTS (subquery)}. */
    public static Condition notExists(Query subquery) {
        return Condition.notExists(subquery);
    }

    /** In an upsert's update, the value the insert proposed for the column. */
    public static <T extends @Nullable Object> Expression<T> excluded(Column<T> column) {
        return new Expression.Excluded<>(column);
    }

    @SuppressWarnings("unchecked")
    private static <N extends @Nullable Number> SqlType<N> sumType(SqlType<?> argument) {
        return (SqlType<N>) switch (argument.category()) {
            case INTEGER -> SqlType.BIGINT;
            case DECIMAL, FLOAT -> argument instanceof DecimalType decimal
                    ? SqlType.decimal(Math.min(decimal.precision() + 10, 65), decimal.scale())
                    : argument;
            default -> throw new IllegalArgumentException("SUM needs a numeric expression, got " + argument);
        };
    }

    private static Expression<?> requireNumeric(Expression<?> expression, String function) {
        if (!expression.sqlType().category().isNumeric()) {
            throw new IllegalArgumentException(function + " needs a numeric expression, but " + expression + " is "
                    + expression.sqlType());
        }
        return expression;
    }

    private static int requirePositive(int start) {
        if (start < 1) {
            throw new IllegalArgumentException("substring positions start at 1, got " + start);
        }
        return start;
    }

    private static <T extends @Nullable Object> Expression<T> call(SqlFunction function, SqlType<T> type, Expression<?>... arguments) {
        return new Computed.FunctionCall<>(function, List.of(arguments), type);
    }
}
