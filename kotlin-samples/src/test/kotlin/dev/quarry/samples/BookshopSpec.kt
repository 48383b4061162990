package dev.quarry.samples

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.shouldBe
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream
import java.nio.file.Files
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext

private val EXPECTED = """
Published before 1950, oldest first
  Frankenstein               Mary Shelley       1818   9.99
  The Time Machine           H. G. Wells        1895   7.50
  Brave New World            Aldous Huxley      1932  12.00
  Nineteen Eighty-Four       George Orwell      1949  11.25

In stock and under 12.00, or written in the sixties
  Dune                       Frank Herbert      1965  15.90
  Foundation                 Isaac Asimov       1951  10.00
  Frankenstein               Mary Shelley       1818   9.99
  Nineteen Eighty-Four       George Orwell      1949  11.25
  The Left Hand of Darkness  Ursula K. Le Guin  1969  13.40
  The Time Machine           H. G. Wells        1895   7.50

Titles starting with "The"
  The Left Hand of Darkness  Ursula K. Le Guin  1969  13.40
  The Time Machine           H. G. Wells        1895   7.50

Books with a note
  Frankenstein: The first science-fiction novel
  Nineteen Eighty-Four: Big Brother is watching
  Dune: Spice must flow

Repriced 1, removed 2
  6 books left, cheapest first:
  The Time Machine           H. G. Wells        1895   7.50
  Neuromancer                William Gibson     1984   9.00
  Frankenstein               Mary Shelley       1818   9.99
  Foundation                 Isaac Asimov       1951  10.00
  Nineteen Eighty-Four       George Orwell      1949  11.25
  Brave New World            Aldous Huxley      1932  12.00
"""

class BookshopSpec : FunSpec({
    test("the bookshop sample runs on embedded SQLite and prints its answers") {
        val file = Files.createTempFile("bookshop", ".db").toFile()
        val output = ByteArrayOutputStream()
        val original = System.out
        System.setOut(PrintStream(output, true, Charsets.UTF_8))
        try {
            main(arrayOf(file.path))
        } finally {
            System.setOut(original)
            file.delete()
        }
        val printed = output.toString(Charsets.UTF_8).lines()
        printed.first() shouldBe "Bookshop catalogue in ${file.path}"
        printed.drop(1).joinToString("\n") shouldBe EXPECTED
    }

    test("the README's Kotlin example is this module's code and it runs") {
        ReadmeSnippets.blocks("kotlin") shouldContain
            ReadmeSnippets.region("src/main/kotlin/dev/quarry/samples/ReadmeExample.kt")
        val file = Files.createTempFile("readme", ".db").toFile()
        try {
            dev.quarry.jdbc.Database.connect("jdbc:sqlite:${file.path}").use { db ->
                withContext(Dispatchers.Default) { adultNames(db) } shouldBe listOf("Ada")
            }
        } finally {
            File(file.path).delete()
        }
    }
})
