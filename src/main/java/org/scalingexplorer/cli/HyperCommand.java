package org.scalingexplorer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.recipe.HyperparameterAdvice;
import org.scalingexplorer.engine.recipe.HyperparameterAdvisor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "hyper", mixinStandardHelpOptions = true,
        description = {"Learning rate and batch size for a budget from two fitted laws, with their sources.",
                "DeepSeek LLM (Bi et al. 2024): eta = 0.3118 C^-0.125, B = 0.2920 C^0.3271 tokens, C = non-embedding "
                        + "FLOPs per token x tokens. Step Law (Li et al. 2025): eta = 1.79 N^-0.713 D^0.307, "
                        + "B = 0.58 D^0.571 tokens, N non-embedding.",
                "N and D come from the --law's compute-optimal allocation (all-parameter counts converted to "
                        + "non-embedding with Pearce and Song's embedding model)."})
final class HyperCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** --law: the law whose compute-optimal allocation supplies N and D. */
    @Mixin
    LawOption law;

    @Mixin
    FlopsOption budget;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        LawPreset preset = law.preset();
        double flops = budget.budget().flops();
        List<HyperparameterAdvice> advice = HyperparameterAdvisor.at(preset.law(), preset.countsEmbeddings(),
                budget.budget());
        HyperparameterAdvice first = advice.get(0);
        var out = spec.commandLine().getOut();
        if (json.json) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("flops", flops);
            object.put("law", preset.id());
            object.put("non_embedding_params", first.nonEmbeddingParams());
            object.put("tokens", first.tokens());
            List<Map<String, Object>> laws = new ArrayList<>();
            for (HyperparameterAdvice a : advice) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", a.lawId());
                row.put("source", a.source().toString());
                row.put("learning_rate", a.learningRate());
                row.put("batch_tokens", a.batchTokens());
                row.put("evaluated_flops", a.evaluatedFlops());
                laws.add(row);
            }
            object.put("laws", laws);
            out.println(Json.write(object));
        } else {
            out.printf("budget            %.4g FLOPs; %s allocation: N_\\E %.4g non-embedding params, D %.4g tokens%n",
                    flops, preset.id(), first.nonEmbeddingParams(), first.tokens());
            for (HyperparameterAdvice a : advice) {
                out.printf("%-9s  learning rate %.3g, batch %.4g tokens  (%s)%n", a.lawId(), a.learningRate(),
                        a.batchTokens(), a.source());
            }
            out.printf("DeepSeek evaluated at C = 6 N_\\E D = %.4g FLOPs (attention FLOPs left out)%n",
                    first.evaluatedFlops());
        }
        out.flush();
        return 0;
    }
}
