package dev.quarry.migrate.diff;

import dev.quarry.migrate.TableSet;
import dev.quarry.sql.Table;
import java.util.List;

/** The stages as {@link TableSet}s, for the command line's {@code --tables}. */
final class StageTables {
    private StageTables() {
    }

    static final class Two implements TableSet {
        @Override
        public List<? extends Table> tables() {
            return Stages.ALL.get(2);
        }
    }

    static final class Four implements TableSet {
        @Override
        public List<? extends Table> tables() {
            return Stages.ALL.get(4);
        }
    }
}
