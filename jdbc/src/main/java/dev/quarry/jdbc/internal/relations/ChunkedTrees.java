package dev.quarry.jdbc.internal.relations;

import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.RowTree;
import dev.quarry.jdbc.Transaction;
import dev.quarry.sql.Include;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams parent rows as trees: reads {@code chunkSize} parents from the parents' stream, loads their
 * includes (one statement per include level and chunk), hands out their trees, then reads on. At most
 * one chunk of trees is held in memory. Closing the stream closes the parents' stream. Used by one
 * reader; not thread-safe.
 */
public final class ChunkedTrees implements Iterator<RowTree> {
    private final Transaction transaction;
    private final Iterator<Row> parents;
    private final List<Include> includes;
    private final int chunkSize;
    private Iterator<RowTree> chunk = List.<RowTree>of().iterator();

    private ChunkedTrees(Transaction transaction, Iterator<Row> parents, List<Include> includes, int chunkSize) {
        this.transaction = transaction;
        this.parents = parents;
        this.includes = includes;
        this.chunkSize = chunkSize;
    }

    /** The trees of a stream of parent rows, loaded a chunk at a time. */
    public static Stream<RowTree> of(Transaction transaction, Stream<Row> parents, List<Include> includes, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("a chunk holds at least one parent row, got " + chunkSize);
        }
        Iterator<RowTree> trees = new ChunkedTrees(transaction, parents.iterator(), includes, chunkSize);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(trees, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(parents::close);
    }

    @Override
    public boolean hasNext() {
        if (chunk.hasNext()) {
            return true;
        }
        if (!parents.hasNext()) {
            return false;
        }
        List<Row> rows = new ArrayList<>(chunkSize);
        while (rows.size() < chunkSize && parents.hasNext()) {
            rows.add(parents.next());
        }
        chunk = IncludeLoader.load(transaction, rows, includes).iterator();
        return chunk.hasNext();
    }

    @Override
    public RowTree next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more rows");
        }
        return chunk.next();
    }
}
