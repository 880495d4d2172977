package org.scalingexplorer;

import java.util.ArrayList;
import java.util.List;

/** Runs a user might import, for tests that need the user's own runs rather than the bundled sample. */
public final class TestRuns {
    private TestRuns() {
    }

    /**
     * Twelve runs: four sizes around the optimum at each of three budgets (1e18, 1e19, 1e20 FLOPs), their
     * losses from Chinchilla's Approach 3 law with a fixed wobble of a few tenths of a percent. Each row
     * is params, tokens, flops, loss.
     */
    public static List<double[]> twelve() {
        List<double[]> runs = new ArrayList<>();
        double[] budgets = {1e18, 1e19, 1e20};
        for (int b = 0; b < budgets.length; b++) {
            double optimum = 0.1 * Math.pow(budgets[b], 0.5);
            for (int k = 0; k < 4; k++) {
                double params = optimum * Math.pow(2, k - 1.5);
                double tokens = budgets[b] / (6 * params);
                double loss = 1.69 + 406.4 / Math.pow(params, 0.34) + 410.7 / Math.pow(tokens, 0.28);
                loss *= 1 + 0.003 * Math.sin(7 * b + 3 * k);
                runs.add(new double[] {params, tokens, 6 * params * tokens, loss});
            }
        }
        return runs;
    }
}
