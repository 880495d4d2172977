package org.scalingexplorer.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.LawPreset;
import picocli.CommandLine.Option;

/** The {@code --law} and {@code --flops} options of the commands that evaluate one preset at one budget. */
final class LawOption {

    @Option(names = "--law", defaultValue = "chinchilla",
            description = "kaplan, chinchilla, chinchilla-unrounded, epoch or approach1 (default: ${DEFAULT-VALUE})")
    String lawId;

    @Option(names = "--flops", required = true, description = "training compute in FLOPs, e.g. 1e22")
    double flops;

    LawPreset preset() {
        return preset(lawId);
    }

    ComputeBudget budget() {
        Require.inRange("--flops", flops, ComputeBudget.MIN_FLOPS, ComputeBudget.MAX_FLOPS);
        return ComputeBudget.ofFlops(flops);
    }

    static LawPreset preset(String id) {
        try {
            return LawPreset.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--law must be one of " + Arrays.stream(LawPreset.values())
                    .map(LawPreset::id).collect(Collectors.joining(", ")) + ", got " + id, e);
        }
    }
}
