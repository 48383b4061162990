package dev.quarry.migrate.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What {@link TableCodeGenerator} generates: the package, the language, the property naming, the
 * tables (glob patterns such as {@code invoice*}, matched against table names ignoring letter case;
 * no include pattern means every table) and the type overrides. Immutable; build with
 * {@link #of(String, Language)} and the {@code with…} methods.
 *
 * @param packageName the package of the generated classes, such as {@code com.example.db}
 * @param include patterns of the tables to generate; empty for all
 * @param exclude patterns of the tables to leave out, applied after {@code include}
 * @param typeOverrides column kinds by {@code table.column}: {@code orders.status=enum:com.example.Status};
 *     see {@link #withType(String, String)}
 */
public record CodegenSettings(String packageName, Language language, PropertyNaming naming, List<String> include,
        List<String> exclude, Map<String, String> typeOverrides) {
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    /** @throws IllegalArgumentException if the package name is not one, or an override is not {@code table.column} */
    public CodegenSettings {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(naming, "naming");
        if (!PACKAGE.matcher(packageName).matches()) {
            throw new IllegalArgumentException("\"" + packageName + "\" is not a package name such as com.example.db");
        }
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        typeOverrides = Map.copyOf(typeOverrides);
        typeOverrides.forEach((column, kind) -> {
            int dot = column.indexOf('.');
            if (dot <= 0 || dot == column.length() - 1 || kind.isBlank()) {
                throw new IllegalArgumentException("type override \"" + column + "=" + kind
                        + "\": expected table.column=KIND, such as orders.status=enum:com.example.Status");
            }
            ColumnKind.requireOverride(column, kind);
        });
    }

    /** Every table, camelCase properties, no overrides. */
    public static CodegenSettings of(String packageName, Language language) {
        return new CodegenSettings(packageName, language, PropertyNaming.CAMEL, List.of(), List.of(), Map.of());
    }

    /** These settings with another property naming. */
    public CodegenSettings withNaming(PropertyNaming propertyNaming) {
        return new CodegenSettings(packageName, language, propertyNaming, include, exclude, typeOverrides);
    }

    /** These settings with one more include pattern. */
    public CodegenSettings withInclude(String pattern) {
        return new CodegenSettings(packageName, language, naming, added(include, pattern), exclude, typeOverrides);
    }

    /** These settings with one more exclude pattern. */
    public CodegenSettings withExclude(String pattern) {
        return new CodegenSettings(packageName, language, naming, include, added(exclude, pattern), typeOverrides);
    }

    /**
     * These settings with the kind of one column overridden. Kinds: {@code integer}, {@code bigint},
     * {@code smallint}, {@code text}, {@code varchar}, {@code char}, {@code boolean}, {@code decimal},
     * {@code double}, {@code real}, {@code date}, {@code datetime}, {@code timestamp}, {@code time},
     * {@code uuid}, {@code binary}, {@code json}, {@code enum:CLASS} (by name, or the database's
     * own enum type where the column has one) and {@code enum-ordinal:CLASS}.
     *
     * @param column {@code table.column}, as the database names them
     */
    public CodegenSettings withType(String column, String kind) {
        Map<String, String> overrides = new LinkedHashMap<>(typeOverrides);
        overrides.put(column, kind);
        return new CodegenSettings(packageName, language, naming, include, exclude, overrides);
    }

    private static List<String> added(List<String> patterns, String pattern) {
        List<String> all = new ArrayList<>(patterns);
        all.add(Objects.requireNonNull(pattern, "pattern"));
        return all;
    }
}
