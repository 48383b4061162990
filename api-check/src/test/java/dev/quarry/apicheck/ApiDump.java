package dev.quarry.apicheck;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one module as text, one line per public or protected class and member, in a
 * stable order: what other code can link against. Classes in {@code internal} packages and
 * compiler-made members (synthetic, bridges, Kotlin's name-mangled internals) are left out.
 */
final class ApiDump {
    private ApiDump() {
    }

    /** The API of the module that holds a class. */
    static String of(Class<?> anyClassOfTheModule) throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(anyClassOfTheModule.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> classNames = Files.isDirectory(root) ? classNames(root) : jarClassNames(root);
        StringBuilder dump = new StringBuilder();
        for (String name : classNames.stream().sorted().toList()) {
            Class<?> type = Class.forName(name, false, anyClassOfTheModule.getClassLoader());
            if (isVisible(type)) {
                describe(type, dump);
            }
        }
        return dump.toString();
    }

    private static List<String> jarClassNames(Path jar) throws IOException {
        try (FileSystem files = FileSystems.newFileSystem(jar)) {
            return classNames(files.getPath("/"));
        }
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> path.endsWith(".class") && !path.endsWith("module-info.class")
                            && !path.endsWith("package-info.class") && !path.contains("/internal/"))
                    .map(path -> path.substring(0, path.length() - ".class".length()).replace('/', '.'))
                    .collect(Collectors.toList());
        }
    }

    /** Public, or protected in a public class, all the way out; not anonymous, local or synthetic. */
    private static boolean isVisible(Class<?> type) {
        for (Class<?> current = type; current != null; current = current.getEnclosingClass()) {
            int modifiers = current.getModifiers();
            boolean outward = Modifier.isPublic(modifiers) || current != type && Modifier.isProtected(modifiers)
                    || current == type && current.getEnclosingClass() != null && Modifier.isProtected(modifiers);
            if (!outward || current.isAnonymousClass() || current.isLocalClass() || current.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static void describe(Class<?> type, StringBuilder dump) {
        dump.append(type.toGenericString());
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum() && !type.isRecord()) {
            dump.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        if (type.getGenericInterfaces().length > 0) {
            dump.append(type.isInterface() ? " extends " : " implements ").append(Arrays.stream(type.getGenericInterfaces())
                    .map(java.lang.reflect.Type::getTypeName).collect(Collectors.joining(", ")));
        }
        dump.append('\n');
        List<String> members = new ArrayList<>();
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (isVisible(constructor)) {
                members.add(constructor.toGenericString());
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (isVisible(method) && !method.isBridge()) {
                members.add(method.toGenericString());
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (isVisible(field)) {
                members.add(field.toGenericString());
            }
        }
        members.stream().sorted().forEach(member -> dump.append("  ").append(member).append('\n'));
    }

    private static boolean isVisible(Member member) {
        int modifiers = member.getModifiers();
        return (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) && !member.isSynthetic()
                && !member.getName().contains("$");
    }
}
