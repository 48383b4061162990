package dev.quarry.samples

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import java.io.File

/**
 * Every Kotlin, Java and Maven block of the README and of docs/ is a marked region of code the build
 * compiles and runs: the samples' sources, or the consumer project that consumer-test builds on the
 * oldest supported Kotlin (`// docs:NAME` … `// docs:end`, `// readme:begin` … `// readme:end`, and
 * `<!-- docs:NAME -->` … `<!-- docs:end -->` in its pom.xml, in the samples' pom.xml or in the Maven plugin's
 * integration-test projects). Gradle blocks (`kts`) are not built.
 */
class DocsCodeSpec : FunSpec({

    fun regionsUnder(directory: String, extension: String): Set<String> =
        File(directory).walkTopDown().filter { it.isFile && it.extension == extension }
            .flatMap { source -> markedRegions(source.readLines()) }.toSet()

    test("every Kotlin and Java block of the README and docs/ is code the samples compile") {
        val consumer = "../consumer-test/src/it"
        val regions = mapOf(
            "kotlin" to regionsUnder("src/main/kotlin", "kt") + regionsUnder(consumer, "kt"),
            "java" to regionsUnder("../java-samples/src/main/java", "java") + regionsUnder(consumer, "java"),
            "xml" to regionsUnder(consumer, "xml") + regionsUnder("../maven-plugin/src/it", "xml") +
                markedRegions(File("pom.xml").readLines()),
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

/** The regions between the start and end markers of Kotlin, Java and XML sources, unindented. */
private fun markedRegions(lines: List<String>): List<String> {
    val regions = mutableListOf<String>()
    var start = -1
    lines.forEachIndexed { index, line ->
        val marker = line.trim()
        when {
            marker in setOf("// docs:end", "// readme:end", "<!-- docs:end -->") -> if (start >= 0) {
                regions += lines.subList(start, index).joinToString("\n").trimIndent()
                start = -1
            }
            marker.startsWith("// docs:") || marker == "// readme:begin" ||
                marker.startsWith("<!-- docs:") && marker.endsWith(" -->") -> start = index + 1
        }
    }
    return regions
}
