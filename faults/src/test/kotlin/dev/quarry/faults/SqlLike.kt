package dev.quarry.faults

/** SQL's LIKE with backslash as its escape character, evaluated in memory, and the escaping that makes a string match only itself. */
object SqlLike {
    /**
     * Whether [text] matches [pattern]: `%` any run, `_` one character, `\` takes the next character
     * literally. Characters are code points, as the databases count them.
     */
    fun matches(text: String, pattern: String): Boolean {
        val regex = StringBuilder()
        val points = pattern.codePoints().toArray()
        var i = 0
        while (i < points.size) {
            val point = points[i]
            when {
                point == '\\'.code && i + 1 < points.size -> regex.append(Regex.escape(Character.toString(points[++i])))
                point == '%'.code -> regex.append("[\\s\\S]*")
                point == '_'.code -> regex.append("(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[\\s\\S])")
                else -> regex.append(Regex.escape(Character.toString(point)))
            }
            i++
        }
        return Regex(regex.toString()).matches(text)
    }

    /** Whether the pattern ends with a lone escape character, which Quarry refuses. */
    fun endsWithLoneEscape(pattern: String): Boolean = pattern.takeLastWhile { it == '\\' }.length % 2 == 1

    /** The pattern that matches exactly [text]. */
    fun escape(text: String): String = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
}
