package dev.quarry.samples

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import java.io.File

/**
 * Every Kotlin and Java block of the README and of docs/ is a marked region of the samples'
 * sources (`// docs:NAME` … `// docs:end`, or `// readme:begin` … `// readme:end`), so every
 * snippet a reader copies is compiled by the build, and the samples' tests run it.
 */
class DocsCodeSpec : FunSpec({

    fun regionsUnder(directory: String, extension: String): Set<String> =
        File(directory).walkTopDown().filter { it.isFile && it.extension == extension }
            .flatMap { source -> markedRegions(source.readLines()) }.toSet()

    test("every Kotlin and Java block of the README and docs/ is code the samples compile") {
        val regions = mapOf(
            "kotlin" to regionsUnder("src/main/kotlin", "kt"),
            "java" to regionsUnder("../java-samples/src/main/java", "java"),
        )
        val documents = listOf(File("../README.md")) +
            File("../docs").listFiles { file -> file.extension == "md" }!!.sortedBy { it.name }
        val uncompiled = documents.flatMap { document ->
            regions.flatMap { (language, compiled) ->
                ReadmeSnippets.blocks(document.readText(), language).filter { it !in compiled }
                    .map { "${document.name}: a $language block starting «${it.lineSequence().first()}»" }
            }
        }
        uncompiled.shouldBeEmpty()
    }
})

/** The regions between `// docs:NAME` and `// docs:end` or `// readme:begin` and `// readme:end`, unindented. */
private fun markedRegions(lines: List<String>): List<String> {
    val regions = mutableListOf<String>()
    var start = -1
    lines.forEachIndexed { index, line ->
        val marker = line.trim()
        when {
            marker == "// docs:end" || marker == "// readme:end" -> if (start >= 0) {
                regions += lines.subList(start, index).joinToString("\n").trimIndent()
                start = -1
            }
            marker.startsWith("// docs:") || marker == "// readme:begin" -> start = index + 1
        }
    }
    return regions
}
