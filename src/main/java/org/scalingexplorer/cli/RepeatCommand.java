package org.scalingexplorer.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.PhysicalRange;
import org.scalingexplorer.engine.law.DataConstrainedLaw;
import org.scalingexplorer.engine.repetition.RepetitionValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "repeat", mixinStandardHelpOptions = true,
        description = {"What repeating a pool of unique tokens is worth (Muennighoff et al. 2023).",
                "Prints the effective tokens D', the value of the repeats next to fresh tokens, and the loss "
                        + "a model pays for repeating instead of reading as many new tokens."})
final class RepeatCommand implements Callable<Integer> {

    /** Muennighoff et al. 2023 repeat data up to about 1,500 times; a million epochs is far past any use. */
    private static final double MAX_EPOCHS = 1e6;

    @Spec
    CommandSpec spec;

    @Option(names = "--unique", required = true, description = "unique tokens in the pool (U_D), e.g. 1e11")
    double uniqueTokens;

    @Option(names = "--epochs", required = true, description = "passes over the pool, 1 or more")
    double epochs;

    @Option(names = "--params", description = "model parameters N (default: the compute-optimal size for "
            + "the total tokens read, N_for(D) of the fresh-data law)")
    Double params;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        OptionBounds.physical("--unique", PhysicalRange.UNIQUE_TOKENS, uniqueTokens);
        if (!(epochs >= 1 && epochs <= MAX_EPOCHS)) {
            throw new IllegalArgumentException("--epochs must be between 1 and " + Limits.count((long) MAX_EPOCHS)
                    + ", got " + PhysicalRange.format(epochs));
        }
        if (!PhysicalRange.TOKENS.contains(uniqueTokens * epochs)) {
            throw new IllegalArgumentException("--unique x --epochs is " + PhysicalRange.format(uniqueTokens * epochs)
                    + " tokens, more than the " + PhysicalRange.format(PhysicalRange.TOKENS.max()) + " a run can read");
        }
        if (params != null) {
            OptionBounds.physical("--params", PhysicalRange.PARAMS, params);
        }
        DataConstrainedLaw law = DataConstrainedLaw.MUENNIGHOFF_2023;
        RepetitionValue value = RepetitionValue.of(law, uniqueTokens, epochs);
        double tokens = value.tokens();
        double modelParams = params == null ? law.paramsForTokens(tokens) : params;
        double lossRepeated = law.loss(modelParams, tokens, uniqueTokens);
        double lossFresh = law.freshLoss(modelParams, tokens);

        var out = spec.commandLine().getOut();
        if (json.json) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("unique_tokens", uniqueTokens);
            object.put("epochs", epochs);
            object.put("tokens", tokens);
            object.put("effective_tokens", value.effectiveTokens());
            object.put("repeated_tokens_value", value.repeatedTokensValue());
            object.put("overall_value", value.overallValue());
            object.put("params", modelParams);
            object.put("loss_repeated", lossRepeated);
            object.put("loss_fresh", lossFresh);
            object.put("loss_penalty", lossRepeated - lossFresh);
            out.println(Json.write(object));
        } else {
            out.printf("law                     %s, data-constrained%n", DataConstrainedLaw.CITATION.shortForm());
            out.printf("unique tokens (U_D)     %.4g%n", uniqueTokens);
            out.printf("epochs                  %.4g%n", epochs);
            out.printf("tokens read (D)         %.4g%n", tokens);
            out.printf("effective tokens (D')   %.4g  (%.3g epochs of fresh data)%n",
                    value.effectiveTokens(), value.effectiveEpochs());
            out.printf("value of the repeats    %.1f%% of fresh tokens  ((D' - U_D) / (D - U_D))%n",
                    100 * value.repeatedTokensValue());
            out.printf("value of the whole run  %.1f%% of fresh tokens  (D' / D)%n", 100 * value.overallValue());
            out.printf("next epoch worth        %.1f%% of fresh tokens%n", 100 * value.marginalValue());
            out.printf("params (N)              %.4g%s%n", modelParams,
                    params == null ? "  (compute-optimal for D tokens)" : "");
            out.printf("loss, repeated          %.4f nats/token%n", lossRepeated);
            out.printf("loss, all tokens fresh  %.4f nats/token%n", lossFresh);
            out.printf("loss penalty            %.4f nats/token%n", lossRepeated - lossFresh);
        }
        out.flush();
        return 0;
    }
}
