package org.scalingexplorer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.recipe.mup.MupGrid;
import org.scalingexplorer.engine.recipe.mup.MupResult;
import org.scalingexplorer.engine.recipe.mup.MupSweep;
import org.scalingexplorer.engine.recipe.mup.Parametrization;
import org.scalingexplorer.engine.recipe.mup.WidthCurve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "mup", mixinStandardHelpOptions = true,
        description = {"Measures the best Adam learning rate at several widths under the standard parametrisation "
                + "(SP) and under muP (Yang et al. 2022, Tensor Programs V), by training small networks here.",
                "Task: a seeded teacher-student regression (16 inputs, a 32-unit tanh teacher); student: two ReLU "
                        + "hidden layers of the given width; loss: half the squared error on 1,024 held-out examples.",
                "Under SP the best rate falls as the width grows; under muP it stays put."})
final class MupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--widths", split = ",", paramLabel = "W",
            description = "2 to 8 increasing hidden widths from " + MupGrid.MIN_WIDTH + " to " + MupGrid.MAX_WIDTH
                    + "; the first is muP's base width (default: 32,64,128,256)")
    int[] widths;

    @Option(names = "--rates", split = ",", paramLabel = "ETA",
            description = "3 to 16 increasing Adam learning rates between 0 and 10 (default: 10 rates doubling from "
                    + "2^-13 to 2^-4)")
    double[] rates;

    @Mixin
    SeedOption seed;

    @Option(names = "--steps", defaultValue = "300", description = "Adam steps per run, 1 to " + Limits.MUP_STEPS
            + " (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--batch", defaultValue = "32", description = "examples per step, 1 to " + Limits.MUP_BATCH
            + " (default: ${DEFAULT-VALUE})")
    int batch;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        MupGrid defaults = MupSweep.defaultGrid(seed.seed);
        MupGrid grid;
        try {
            grid = new MupGrid(widths == null ? defaults.widths() : widths,
                    rates == null ? defaults.learningRates() : rates, seed.seed, steps, batch);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(optionFor(e.getMessage()) + ": " + e.getMessage(), e);
        }
        MupResult result = MupSweep.run(grid, fraction -> { }, () -> false);
        var out = spec.commandLine().getOut();
        if (json.json) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("widths", grid.widths());
            object.put("learning_rates", grid.learningRates());
            object.put("seed", seed.seed);
            object.put("steps", steps);
            object.put("batch", batch);
            object.put("diverged_loss", result.divergedLoss());
            for (Parametrization p : Parametrization.values()) {
                Map<String, Object> section = new LinkedHashMap<>();
                List<Map<String, Object>> curves = new ArrayList<>();
                for (WidthCurve curve : result.curves(p)) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("width", curve.width());
                    row.put("losses", curve.losses());
                    row.put("diverged", curve.diverged());
                    row.put("best_learning_rate", curve.bestLearningRate());
                    row.put("best_loss", curve.bestLoss());
                    curves.add(row);
                }
                section.put("curves", curves);
                section.put("best_rate_drift", result.bestRateDrift(p));
                object.put(p.id(), section);
            }
            object.put("seconds", result.seconds());
            out.println(Json.write(object));
        } else {
            out.printf(Locale.ROOT, "%d widths x %d learning rates x 2 parametrisations, %d steps of %d, seed %d: %.1f s%n",
                    grid.widths().length, grid.learningRates().length, steps, batch, seed.seed, result.seconds());
            for (Parametrization p : Parametrization.values()) {
                out.printf(Locale.ROOT, "%s (best rate of the narrowest / of the widest: %.3g)%n",
                        p == Parametrization.STANDARD ? "standard parametrisation" : "muP", result.bestRateDrift(p));
                for (WidthCurve curve : result.curves(p)) {
                    out.printf(Locale.ROOT, "  width %5d  best learning rate %.3g  loss %.4f%n", curve.width(),
                            curve.bestLearningRate(), curve.bestLoss());
                }
            }
        }
        out.flush();
        return 0;
    }

    /** Which option a refusal of {@link MupGrid} is about, to name it on the command line. */
    private static String optionFor(String message) {
        if (message.contains("learning rate")) {
            return "--rates";
        }
        if (message.startsWith("steps")) {
            return "--steps";
        }
        if (message.startsWith("batch")) {
            return "--batch";
        }
        return message.contains("runs") ? "--widths, --rates" : "--widths";
    }
}
