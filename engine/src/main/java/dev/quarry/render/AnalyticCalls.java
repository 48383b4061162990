package dev.quarry.render;

import dev.quarry.InvalidQueryException;
import dev.quarry.sql.Analytic;
import dev.quarry.sql.Expression;

/**
 * Writes aggregates, window functions and {@code OVER} for one rendering. Knows whether it is
 * inside an {@code OVER}: only there may a window function stand, and only outside is an
 * aggregate's decimal result rounded where decimals are stored as floating point (the enclosing
 * {@code OVER} is rounded instead). Not thread-safe: one per {@link ExpressionRenderer}.
 */
final class AnalyticCalls {
    private final ExpressionRenderer renderer;
    private boolean insideOver;

    AnalyticCalls(ExpressionRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Writes {@code function([DISTINCT] argument | *)}; a text argument of MIN and MAX takes the
     * text rules' sort-key form, and one of DISTINCT their equality form.
     */
    void aggregate(Analytic.Aggregate<?> aggregate) {
        SqlWriter writer = renderer.writer();
        Expression<?> argument = aggregate.argument() == null ? null : textArgument(aggregate);
        Runnable call = () -> {
            writer.function(aggregate.function().name());
            if (aggregate.distinct()) {
                writer.keyword("DISTINCT");
            }
            if (argument == null) {
                writer.keyword("*");
            } else {
                renderer.render(argument);
            }
            writer.closeParen();
        };
        if (insideOver) {
            call.run();
        } else {
            renderer.roundedOnFloatStorage(aggregate.sqlType(), call);
        }
    }

    private Expression<?> textArgument(Analytic.Aggregate<?> aggregate) {
        Expression<?> argument = aggregate.argument();
        return switch (aggregate.function()) {
            case MIN, MAX -> renderer.textRules().sortKey(argument);
            default -> aggregate.distinct() ? renderer.textRules().equalityKey(argument) : argument;
        };
    }

    /**
     * Writes a window function's call.
     *
     * @throws InvalidQueryException outside {@code OVER}
     */
    void windowCall(Analytic.WindowCall<?> call) {
        if (!insideOver) {
            throw new InvalidQueryException(call.function() + "() is a window function; use it with over(window)");
        }
        renderer.renderCall(call.function().name(), call.arguments());
    }

    /** Writes {@code function OVER (window)} as standard SQL. */
    void over(Analytic.Over<?> over) {
        SqlWriter writer = renderer.writer();
        renderer.roundedOnFloatStorage(over.sqlType(), () -> {
            boolean previous = insideOver;
            insideOver = true;
            renderer.render(over.function());
            insideOver = previous;
            writer.keyword("OVER").openParen();
            WindowClause.render(renderer, over.window());
            writer.closeParen();
        });
    }
}
