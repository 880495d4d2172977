package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.AppVersion;

/** The command line's --version prints the version the About box shows. */
class VersionOptionTest {

    @Test
    void versionPrintsTheBuildsVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertEquals("Scaling Law Explorer " + AppVersion.current(), run.out().strip());
        assertEquals("", run.err());
    }
}
