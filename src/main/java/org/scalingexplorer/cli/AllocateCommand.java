package org.scalingexplorer.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.LawPreset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "allocate", mixinStandardHelpOptions = true,
        description = "Compute-optimal parameters and tokens for a training budget.")
final class AllocateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--law", defaultValue = "chinchilla",
            description = "kaplan, chinchilla, epoch or approach1 (default: ${DEFAULT-VALUE})")
    String lawId;

    @Option(names = "--flops", required = true, description = "training compute in FLOPs, e.g. 5.76e23")
    double flops;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        LawPreset preset = LawPreset.fromId(lawId);
        Allocation allocation = ComputeOptimalAllocator.allocate(preset.law(), ComputeBudget.ofFlops(flops));
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("law", preset.id());
            object.put("flops", allocation.flops());
            object.put("params", allocation.params());
            object.put("tokens", allocation.tokens());
            object.put("tokens_per_param", allocation.tokensPerParam());
            object.put("loss", allocation.loss());
            out.println(Json.write(object));
        } else {
            out.printf("law               %s (%s)%n", preset.id(), preset.citation().shortForm());
            out.printf("flops             %.4g%n", allocation.flops());
            out.printf("params (N_opt)    %.4g%s%n", allocation.params(),
                    preset.countsEmbeddings() ? "" : "  (non-embedding)");
            out.printf("tokens (D_opt)    %.4g%n", allocation.tokens());
            out.printf("tokens per param  %.2f%n", allocation.tokensPerParam());
            out.printf("loss              %.4f nats/token%n", allocation.loss());
        }
        out.flush();
        return 0;
    }
}
