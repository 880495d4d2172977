package org.scalingexplorer.ui.plan;

import java.util.List;
import java.util.Optional;
import org.scalingexplorer.engine.allocation.ChinchillaOptimum;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.plan.Recovery;
import org.scalingexplorer.engine.plan.StudySummary;
import org.scalingexplorer.engine.plan.VirtualExperiment;

/**
 * One finished virtual experiment as the Plan view shows it: the sampled runs, the full-grid fit of
 * them against the truth, the spread of the same study repeated with fresh noise, and the
 * compute-optimal lines N_opt(C) of the true and the recovered law from a decade below the smallest
 * budget to a decade past the target ({@code recoveredParams} is empty when the fit has no law of
 * the Chinchilla form).
 */
public record PlanResult(VirtualExperiment experiment, long seed, List<TrainingRun> runs, Recovery recovery,
                         StudySummary study, double[] lineFlops, double[] trueParams,
                         Optional<double[]> recoveredParams) {

    static final int LINE_POINTS = 60;

    public PlanResult {
        runs = List.copyOf(runs);
    }

    static PlanResult of(VirtualExperiment experiment, long seed, List<TrainingRun> runs, Recovery recovery,
                         StudySummary study) {
        double from = runs.stream().mapToDouble(TrainingRun::flops).min().orElseThrow() / 10;
        double to = experiment.targetFlops() * 10;
        double[] flops = new double[LINE_POINTS];
        for (int i = 0; i < LINE_POINTS; i++) {
            flops[i] = from * Math.pow(to / from, i / (double) (LINE_POINTS - 1));
        }
        return new PlanResult(experiment, seed, runs, recovery, study, flops, optimalParams(experiment.truth(), flops),
                recovery.recoveredLaw().map(law -> optimalParams(law, flops)));
    }

    private static double[] optimalParams(ChinchillaLaw law, double[] flops) {
        ChinchillaOptimum optimum = ChinchillaOptimum.of(law);
        double[] params = new double[flops.length];
        for (int i = 0; i < flops.length; i++) {
            params[i] = optimum.params(flops[i]);
        }
        return params;
    }
}
