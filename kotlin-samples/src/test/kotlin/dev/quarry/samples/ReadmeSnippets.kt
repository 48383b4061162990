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
    fun blocks(language: String): List<String> = blocks(readme, language)

    /** The fenced code blocks of a Markdown text in a language. */
    fun blocks(markdown: String, language: String): List<String> =
        Regex("```$language\\n(.*?)\\n```", RegexOption.DOT_MATCHES_ALL).findAll(markdown).map { it.groupValues[1] }.toList()

    /** The regions of a source file between `// docs:NAME` and `// docs:end`, by name. */
    fun docRegions(sourcePath: String): Map<String, String> {
        val lines = File(sourcePath).readLines()
        val regions = linkedMapOf<String, String>()
        var name: String? = null
        var start = 0
        lines.forEachIndexed { index, line ->
            val marker = line.trim()
            if (marker.startsWith("// docs:") && marker != "// docs:end") {
                name = marker.removePrefix("// docs:")
                start = index + 1
            } else if (marker == "// docs:end") {
                regions[name!!] = lines.subList(start, index).joinToString("\n").trimIndent()
                name = null
            }
        }
        return regions
    }
}
