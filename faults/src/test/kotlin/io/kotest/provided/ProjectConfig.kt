package io.kotest.provided

import dev.quarry.faults.PoolLeakCheck
import io.kotest.core.config.AbstractProjectConfig
import io.kotest.core.extensions.Extension

/** Kotest's project configuration for the fault suite: the pool leak check after every test. */
class ProjectConfig : AbstractProjectConfig() {
    override val extensions: List<Extension> = listOf(PoolLeakCheck)
}
