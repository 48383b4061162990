package io.kotest.provided

import dev.quarry.kotlin.PoolLeakCheck
import io.kotest.core.config.AbstractProjectConfig
import io.kotest.core.extensions.Extension

/** Kotest's project configuration for the DSL suite: the pool leak check after every test. */
class ProjectConfig : AbstractProjectConfig() {
    override val extensions: List<Extension> = listOf(PoolLeakCheck)
}
