package dev.quarry.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that compare the live schema with the project's compiled table classes; run them
 * after {@code compile}, e.g. {@code mvn compile quarry:diff}.
 */
abstract class TablesMojo extends QuarryMojo {
    /**
     * The classes holding the table objects: a {@code TableSet}, a table class, or a class whose
     * public static fields hold tables.
     */
    @Parameter(property = "quarry.tables", required = true)
    private List<String> tables;

    /** Tables renamed since the live schema, {@code old=new}. */
    @Parameter(property = "quarry.renameTables")
    private List<String> renameTables;

    /** Columns renamed since the live schema, {@code table.old=new} (the table by its new name). */
    @Parameter(property = "quarry.renameColumns")
    private List<String> renameColumns;

    /** The table options, followed by the goal's own. */
    List<String> tableArguments() throws MojoExecutionException {
        if (tables == null || tables.isEmpty()) {
            throw new MojoExecutionException("quarry:" + command() + " needs <tables> naming the classes that hold"
                    + " the table objects");
        }
        List<String> args = new ArrayList<>();
        tables.forEach(table -> args.addAll(List.of("--tables", table)));
        if (renameTables != null) {
            renameTables.forEach(rename -> args.addAll(List.of("--rename-table", rename)));
        }
        if (renameColumns != null) {
            renameColumns.forEach(rename -> args.addAll(List.of("--rename-column", rename)));
        }
        return args;
    }
}
