package org.scalingexplorer.cli;

import org.scalingexplorer.engine.compute.ComputeBudget;
import picocli.CommandLine.Option;

/** {@code --flops}: the one training budget of a command (allocate, batch, hyper). */
final class FlopsOption {
    @Option(names = "--flops", required = true, paramLabel = "FLOPS",
            description = "training compute in FLOPs, 1e10 to 1e32, e.g. 5.76e23")
    double flops;

    /** The budget, refused by name outside 1e10 to 1e32 FLOPs. */
    ComputeBudget budget() {
        return ComputeBudget.ofFlops(OptionBounds.budget("--flops", flops));
    }
}
