package dev.quarry.samples

import java.io.File

/** Reads code between `// readme:begin` and `// readme:end` and the README's fenced blocks. */
object ReadmeSnippets {
    private val readme: String by lazy { File("../README.md").readText() }

    /** The marked region of a source file, as it should appear in the README. */
    fun region(sourcePath: String): String {
        val lines = File(sourcePath).readLines()
        val begin = lines.indexOfFirst { it.trim() == "// readme:begin" }
        val end = lines.indexOfFirst { it.trim() == "// readme:end" }
        require(begin >= 0 && end > begin) { "$sourcePath has no // readme:begin … // readme:end region" }
        return lines.subList(begin + 1, end).joinToString("\n").trimIndent()
    }

    /** The fenced code blocks of the README in a language. */
    fun blocks(language: String): List<String> =
        Regex("```$language\\n(.*?)\\n```", RegexOption.DOT_MATCHES_ALL).findAll(readme).map { it.groupValues[1] }.toList()
}
