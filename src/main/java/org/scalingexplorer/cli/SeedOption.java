package org.scalingexplorer.cli;

import picocli.CommandLine.Option;

/** {@code --seed}: the seed of every random draw of a command, so a run repeats exactly. */
final class SeedOption {
    @Option(names = "--seed", defaultValue = "1", description = "seed of the random draws; the same seed gives the same result (default: ${DEFAULT-VALUE})")
    long seed;
}
