package dev.quarry.kotlin

import org.jetbrains.kotlin.cli.common.arguments.K2JVMCompilerArguments
import org.jetbrains.kotlin.cli.common.messages.CompilerMessageSeverity
import org.jetbrains.kotlin.cli.common.messages.CompilerMessageSourceLocation
import org.jetbrains.kotlin.cli.common.messages.MessageCollector
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler
import org.jetbrains.kotlin.config.Services
import java.io.File
import java.nio.file.Files

/** One error the Kotlin compiler reported: the snippet it is in, its line and its text. */
data class CompileError(val snippet: String, val line: Int, val message: String)

/**
 * Compiles Kotlin snippets in-process against the DSL and its dependencies, the way a user's code
 * is compiled (language and API version 2.1), and returns the errors per snippet. Each call is one
 * compiler run over all snippets given, so callers batch a handful of snippets per call.
 */
object KotlinSnippetCompiler {
    /** Compiles [snippets] (name to source) together and returns every error reported. */
    fun errors(snippets: Map<String, String>): List<CompileError> {
        val workDir = Files.createTempDirectory("quarry-snippets").toFile()
        try {
            val sources = snippets.map { (name, source) ->
                File(workDir, "$name.kt").apply { writeText(source) }
            }
            val errors = mutableListOf<CompileError>()
            val collector = object : MessageCollector {
                override fun clear() = errors.clear()
                override fun hasErrors(): Boolean = errors.isNotEmpty()
                override fun report(
                    severity: CompilerMessageSeverity,
                    message: String,
                    location: CompilerMessageSourceLocation?,
                ) {
                    if (severity.isError) {
                        val snippet = location?.path?.let { File(it).nameWithoutExtension } ?: "<compiler>"
                        errors += CompileError(snippet, location?.line ?: 0, message)
                    }
                }
            }
            val arguments = K2JVMCompilerArguments().apply {
                freeArgs = sources.map { it.absolutePath }
                classpath = classpath()
                destination = File(workDir, "classes").absolutePath
                noStdlib = true
                noReflect = true
                jvmTarget = "17"
                languageVersion = "2.1"
                apiVersion = "2.1"
                suppressWarnings = true
            }
            K2JVMCompiler().exec(collector, Services.EMPTY, arguments)
            return errors
        } finally {
            workDir.deleteRecursively()
        }
    }

    /** The test run's class path, plus the code sources of the DSL's own dependencies in case it is a manifest jar. */
    private fun classpath(): String {
        val anchors = listOf(
            Table::class.java,
            dev.quarry.sql.Expression::class.java,
            dev.quarry.jdbc.Database::class.java,
            Unit::class.java,
            kotlinx.coroutines.CoroutineScope::class.java,
            org.jspecify.annotations.Nullable::class.java,
        )
        val entries = System.getProperty("java.class.path").split(File.pathSeparator) +
            anchors.map { File(it.protectionDomain.codeSource.location.toURI()).absolutePath }
        return entries.filter { it.isNotBlank() }.distinct().joinToString(File.pathSeparator)
    }
}
