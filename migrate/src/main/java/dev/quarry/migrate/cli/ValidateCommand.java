package dev.quarry.migrate.cli;

import dev.quarry.migrate.ValidationProblem;
import dev.quarry.migrate.ValidationReport;
import java.util.List;

/** {@code validate}: compares the history table with the migrations; exit code 1 if they disagree. */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "checks applied migrations against their files";
    }

    @Override
    public String description() {
        return "Checks that every applied script is unchanged (by checksum), every applied migration is\n"
                + "still present, no migration failed, and nothing is pending out of order. Lists every\n"
                + "problem and exits with code 1 if there is one.";
    }

    @Override
    public List<CommandOption> options() {
        return DatabaseOptions.with();
    }

    @Override
    public int run(CommandContext context) {
        ValidationReport report = context.migrator().validate();
        if (report.isValid()) {
            context.out().println("Validated " + report.checked() + " applied migration"
                    + (report.checked() == 1 ? "" : "s") + ": no problems.");
            return 0;
        }
        context.err().println(report.problems().size() + " problem" + (report.problems().size() == 1 ? "" : "s")
                + " found:");
        for (ValidationProblem problem : report.problems()) {
            context.err().println("  - " + problem.kind() + ": " + problem.message());
        }
        return 1;
    }
}
