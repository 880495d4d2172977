package org.scalingexplorer.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingexplorer.engine.PhysicalRange;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.allocation.DataConstrainedAllocation;
import org.scalingexplorer.engine.allocation.DataConstrainedAllocator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.DataConstrainedLaw;
import org.scalingexplorer.engine.law.LawPreset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "allocate", mixinStandardHelpOptions = true,
        description = "Compute-optimal parameters and tokens for a training budget.")
final class AllocateCommand implements Callable<Integer> {

    /** Not a {@link LawPreset}: the data-constrained law takes a third argument, the unique tokens. */
    static final String DATA_CONSTRAINED = "data-constrained";

    @Spec
    CommandSpec spec;

    @Mixin
    LawOption law;

    @Option(names = "--flops", required = true, description = "training compute in FLOPs, e.g. 5.76e23")
    double flops;

    @Option(names = "--unique", description = "unique tokens available, e.g. 25e9 (only with --law data-constrained)")
    Double uniqueTokens;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        OptionBounds.budget("--flops", flops);
        if (law.names(DATA_CONSTRAINED)) {
            if (uniqueTokens == null) {
                throw new IllegalArgumentException("--law data-constrained needs --unique (unique tokens available)");
            }
            return allocateDataConstrained(OptionBounds.physical("--unique", PhysicalRange.UNIQUE_TOKENS, uniqueTokens));
        }
        LawPreset preset = presetOrExplain();
        if (uniqueTokens != null) {
            throw new IllegalArgumentException("--unique applies only to --law data-constrained, got --law " + law.printed());
        }
        Allocation allocation = ComputeOptimalAllocator.allocate(preset.law(), ComputeBudget.ofFlops(flops));
        var out = spec.commandLine().getOut();
        if (json.json) {
            out.println(Json.write(common(preset.id(), allocation)));
        } else {
            out.printf("law               %s (%s)%n", preset.id(), preset.citation().shortForm());
            printCommon(allocation, preset.countsEmbeddings() ? "" : "  (non-embedding)");
        }
        out.flush();
        return 0;
    }

    private int allocateDataConstrained(double unique) {
        DataConstrainedLaw law = DataConstrainedLaw.MUENNIGHOFF_2023;
        ComputeBudget budget = ComputeBudget.ofFlops(flops);
        DataConstrainedAllocation best = DataConstrainedAllocator.allocate(law, budget, unique);
        var out = spec.commandLine().getOut();
        if (json.json) {
            Map<String, Object> object = common(DATA_CONSTRAINED, best.asAllocation());
            object.put("unique_tokens", best.uniqueTokens());
            object.put("epochs", best.epochs());
            out.println(Json.write(object));
        } else {
            Allocation fresh = DataConstrainedAllocator.allocateFresh(law, budget);
            out.printf("law               %s (%s)%n", DATA_CONSTRAINED, DataConstrainedLaw.CITATION.shortForm());
            printCommon(best.asAllocation(), "");
            out.printf("unique tokens     %.4g%n", best.uniqueTokens());
            out.printf("epochs            %.3g%n", best.epochs());
            out.printf("with fresh data   params %.4g, tokens %.4g, loss %.4f nats/token%n",
                    fresh.params(), fresh.tokens(), fresh.loss());
        }
        out.flush();
        return 0;
    }

    /** LawPreset.fromId lists only the presets; on the command line data-constrained is a choice too. */
    private LawPreset presetOrExplain() {
        try {
            return law.preset();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--law must be one of kaplan, chinchilla, chinchilla-unrounded, epoch, approach1, "
                    + DATA_CONSTRAINED + ", got " + law.id, e);
        }
    }

    private static Map<String, Object> common(String law, Allocation allocation) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("law", law);
        object.put("flops", allocation.flops());
        object.put("params", allocation.params());
        object.put("tokens", allocation.tokens());
        object.put("tokens_per_param", allocation.tokensPerParam());
        object.put("loss", allocation.loss());
        return object;
    }

    private void printCommon(Allocation allocation, String paramsNote) {
        var out = spec.commandLine().getOut();
        out.printf("flops             %.4g%n", allocation.flops());
        out.printf("params (N_opt)    %.4g%s%n", allocation.params(), paramsNote);
        out.printf("tokens (D_opt)    %.4g%n", allocation.tokens());
        out.printf("tokens per param  %.2f%n", allocation.tokensPerParam());
        out.printf("loss              %.4f nats/token%n", allocation.loss());
    }
}
