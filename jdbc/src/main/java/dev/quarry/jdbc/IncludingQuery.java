package dev.quarry.jdbc;

import dev.quarry.jdbc.internal.TreeRecordReader;
import dev.quarry.jdbc.internal.relations.ChunkedTrees;
import dev.quarry.jdbc.internal.relations.IncludeLoader;
import dev.quarry.sql.Include;
import dev.quarry.sql.Relation;
import dev.quarry.sql.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A select with relations loaded together with its rows, made by {@link SelectQuery#include}:
 *
 * <pre>{@code
 * List<AuthorWithBooks> authors = tx.selectFrom(AUTHORS).where(AUTHORS.country.eq("UK"))
 *     .include(Include.of(AUTHORS.books).orderBy(BOOKS.title.asc()).include(BOOKS.reviews))
 *     .fetchInto(AuthorWithBooks.class);
 * }</pre>
 *
 * <p>Runs 1 statement for the rows, then one per include and batch of parent keys (a batch holds as
 * many keys as the dialect's bind limit allows), level by level; never one per parent row. All of
 * them run in the caller's transaction. Includes are checked when they are added: each must start at
 * a table the query reads and find its key columns among the selected ones. Immutable.
 */
public final class IncludingQuery {
    private final Transaction transaction;
    private final Select select;
    private final List<Include> includes;

    IncludingQuery(Transaction transaction, Select select, List<Include> includes) {
        IncludeLoader.check(select, includes);
        this.transaction = transaction;
        this.select = select;
        this.includes = List.copyOf(includes);
    }

    /** Adds includes. */
    public IncludingQuery include(Include... more) {
        List<Include> all = new ArrayList<>(includes);
        all.addAll(List.of(more));
        return new IncludingQuery(transaction, select, all);
    }

    /** Adds relations, each with all its related rows. */
    public IncludingQuery include(Relation<?, ?>... relations) {
        List<Include> all = new ArrayList<>(includes);
        for (Relation<?, ?> relation : relations) {
            all.add(Include.of(relation));
        }
        return new IncludingQuery(transaction, select, all);
    }

    /** The rows with their related rows. */
    public List<RowTree> fetch() {
        return IncludeLoader.load(transaction, transaction.fetch(select), includes);
    }

    /** The only matching row with its related rows, or null; see {@link Transaction#fetchOne}. */
    public @Nullable RowTree fetchOne() {
        Row row = transaction.fetchOne(select);
        return row == null ? null : IncludeLoader.load(transaction, List.of(row), includes).get(0);
    }

    /**
     * The rows as records with nested records: a component named after an included relation takes
     * its related rows ({@code List<Book> books}; a record, or null, for a to-one relation), every
     * other component the column of its name. Checked before the query runs.
     *
     * @throws RecordMappingException naming the component that does not fit
     */
    public <R extends Record> List<R> fetchInto(Class<R> recordClass) {
        TreeRecordReader<R> reader = TreeRecordReader.resolve(recordClass, select.projection(), includes);
        List<RowTree> trees = fetch();
        List<R> records = new ArrayList<>(trees.size());
        for (RowTree tree : trees) {
            records.add(reader.map(tree));
        }
        return records;
    }

    /** The only matching row as a record with nested records, or null; see {@link #fetchInto}. */
    public <R extends Record> @Nullable R fetchOneInto(Class<R> recordClass) {
        TreeRecordReader<R> reader = TreeRecordReader.resolve(recordClass, select.projection(), includes);
        RowTree tree = fetchOne();
        return tree == null ? null : reader.map(tree);
    }

    /**
     * The rows as a stream of trees, the parent rows read {@code fetchSize} at a time and each such
     * chunk's relations loaded together (one statement per include level and chunk); close the
     * stream as {@link Transaction#stream} says.
     */
    public Stream<RowTree> stream(int fetchSize) {
        return ChunkedTrees.of(transaction, transaction.stream(select, fetchSize), includes, fetchSize);
    }

    /** The rows as a stream of records with nested records; see {@link #stream} and {@link #fetchInto}. */
    public <R extends Record> Stream<R> streamInto(Class<R> recordClass, int fetchSize) {
        TreeRecordReader<R> reader = TreeRecordReader.resolve(recordClass, select.projection(), includes);
        return stream(fetchSize).map(reader::map);
    }

    /** The select of the parent rows. */
    public Select statement() {
        return select;
    }

    /** The includes, in the order they load. */
    public List<Include> includes() {
        return includes;
    }
}
