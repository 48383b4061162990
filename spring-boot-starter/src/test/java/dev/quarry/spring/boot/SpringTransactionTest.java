package dev.quarry.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.jdbc.Database;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

/** Quarry's transactions inside Spring-managed ones, on Spring Boot's DataSource and DataSourceTransactionManager. */
class SpringTransactionTest {

    @Configuration(proxyBeanMethods = false)
    static class Services {
        @Bean
        NoteService noteService(Database db, JdbcTemplate jdbc) {
            return new NoteService(db, jdbc);
        }
    }

    private static void run(TestTarget target, ContextTest test) {
        SpringContexts.on(target).withUserConfiguration(Services.class).run(context -> {
            assertThat(context).hasNotFailed();
            Database db = context.getBean(Database.class);
            Notes.fresh(db);
            test.run(db, context.getBean(NoteService.class), context.getBean(TransactionTemplate.class));
        });
    }

    /** A query for the server session of the connection; empty for SQLite, which has none to ask. */
    private static String sessionQuery(TestTarget target) {
        return switch (target.family()) {
            case "postgresql" -> "SELECT pg_backend_pid()";
            case "mysql" -> "SELECT CONNECTION_ID()";
            default -> "";
        };
    }

    @OnEveryDialect
    void aTransactionalMethodThatThrowsRollsBackWhatQuarryWrote(TestTarget target) {
        run(target, (db, service, template) -> {
            assertThatThrownBy(() -> service.addThenFail(1)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the service fails after Quarry wrote");
            assertThat(Notes.texts(db)).isEmpty();
            service.add(2, "kept");
            assertThat(Notes.texts(db)).containsExactly("kept");
        });
    }

    @OnEveryDialect
    void aQuarryFailureCaughtInsideTheMethodStillRollsTheSpringTransactionBack(TestTarget target) {
        run(target, (db, service, template) -> {
            assertThatThrownBy(() -> service.addAndSwallowAQuarryFailure(1)).isInstanceOf(UnexpectedRollbackException.class);
            assertThat(Notes.texts(db)).as("neither JdbcTemplate's row nor Quarry's").isEmpty();
        });
    }

    @OnEveryDialect
    void quarryAndJdbcTemplateShareTheConnectionOfTheSpringTransaction(TestTarget target) {
        run(target, (db, service, template) -> {
            List<Object> seen = service.mixQuarryAndJdbcTemplate(sessionQuery(target));
            assertThat(seen.get(0)).as("rows JdbcTemplate sees after Quarry's uncommitted write").isEqualTo(1);
            assertThat(seen.get(1)).as("rows Quarry sees after JdbcTemplate's uncommitted write").isEqualTo(2L);
            if (sessionQuery(target).isEmpty()) {
                // SQLite has no session id; seeing each other's uncommitted rows shows the one connection.
                assertThat(seen.get(2)).isEqualTo("none");
            } else {
                assertThat(seen.get(2)).as("Quarry's server session is JdbcTemplate's").isEqualTo(seen.get(3));
            }
            assertThat(Notes.texts(db)).containsExactly("written by Quarry", "written by JdbcTemplate");
        });
    }

    @OnEveryDialect
    void transactionTemplateCommitsAndRollsBackQuarrysWrites(TestTarget target) {
        run(target, (db, service, template) -> {
            template.executeWithoutResult(status -> {
                db.inTransaction(tx -> Notes.add(tx, 1, "lost"));
                status.setRollbackOnly();
            });
            assertThat(Notes.texts(db)).isEmpty();
            template.executeWithoutResult(status -> db.inTransaction(tx -> Notes.add(tx, 2, "committed")));
            assertThat(Notes.texts(db)).containsExactly("committed");
            assertThatThrownBy(() -> template.executeWithoutResult(status -> {
                db.inTransaction(tx -> Notes.add(tx, 3, "lost"));
                throw new IllegalStateException("the callback fails");
            })).hasMessage("the callback fails");
            assertThat(Notes.texts(db)).containsExactly("committed");
        });
    }

    @OnEveryDialect
    void requiresNewAndAsyncWorkCommitOnTheirOwnInsideASpringTransaction(TestTarget target) {
        run(target, (db, service, template) -> {
            assertThatThrownBy(service::ownTransactionsThenFail).hasMessage("the service fails after three writes");
            assertThat(Notes.texts(db)).containsExactly("requires new", "async");
        });
    }

    @OnEveryDialect
    void aNestedQuarryBlockRollsBackToItsSavepointInsideASpringTransaction(TestTarget target) {
        run(target, (db, service, template) -> {
            service.nestedFailureKeepsTheRest();
            assertThat(Notes.texts(db)).containsExactly("kept", "kept too");
        });
    }

    @OnEveryDialect
    void aQuarryTransactionOutsideSpringRunsOnItsOwn(TestTarget target) {
        run(target, (db, service, template) -> {
            assertThatThrownBy(() -> db.inTransaction(tx -> {
                Notes.add(tx, 1, "lost");
                throw new IllegalStateException("fails on purpose");
            })).hasMessage("fails on purpose");
            db.inTransaction(tx -> Notes.add(tx, 2, "committed"));
            assertThat(Notes.texts(db)).containsExactly("committed");
        });
    }

    @FunctionalInterface
    private interface ContextTest {
        void run(Database db, NoteService service, TransactionTemplate template) throws Exception;
    }
}
