package org.scalingexplorer.engine.repetition;

import java.util.ArrayList;
import java.util.List;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.law.DataConstrainedLaw;

/**
 * "Offset, not slope" (science.md section 1): the reducible loss against N, {@code A / N^alpha}, for
 * several test distributions, each multiplied by {@code exp(logOffset)}. On log-log axes these are
 * straight lines of one slope, -alpha, shifted up or down. Illustrative: the offsets are the user's,
 * not fitted to any data set. {@code loss.get(k)[i]} belongs to {@code distributions.get(k)} at
 * {@code params[i]}.
 */
public record ParallelLines(double[] params, List<TestDistribution> distributions, List<double[]> loss) {

    public static ParallelLines of(DataConstrainedLaw law, List<TestDistribution> distributions,
                                   double fromParams, double toParams, int points) {
        if (distributions == null || distributions.isEmpty()) {
            throw new IllegalArgumentException("distributions must name at least one test distribution");
        }
        double[] params = Grid.logSpaced(fromParams, toParams, points);
        double[] base = new double[points];
        for (int i = 0; i < points; i++) {
            base[i] = law.paramsCoefficient() * Math.pow(params[i], -law.alpha());
        }
        List<double[]> lines = new ArrayList<>(distributions.size());
        for (TestDistribution distribution : distributions) {
            double factor = Math.exp(distribution.logOffset());
            double[] line = new double[points];
            for (int i = 0; i < points; i++) {
                line[i] = Require.finiteResult("loss", base[i] * factor);
            }
            lines.add(line);
        }
        return new ParallelLines(params, List.copyOf(distributions), List.copyOf(lines));
    }

    /** d log L / d log N of line k between points i and i + 1: -alpha for every line. */
    public double logLogSlope(int k, int i) {
        double[] line = loss.get(k);
        return (Math.log(line[i + 1]) - Math.log(line[i])) / (Math.log(params[i + 1]) - Math.log(params[i]));
    }
}
