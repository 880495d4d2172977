package org.scalingexplorer.engine.simulation;

import java.util.SplittableRandom;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.allocation.PowerLawFit;

/**
 * Why log-log plots are straight, the parametric case (science.md section 1): the mean of n samples
 * of a Gaussian misses the true mean by sigma^2 / n in squared error, a line of slope -1.
 * Sampled, not computed from the formula, so a class sees the noise around the line.
 */
public final class MeanEstimationSimulation {
    private MeanEstimationSimulation() {
    }

    /**
     * @param sampleSizes n values to try (each at least 1)
     * @param trials      repetitions averaged per n
     */
    public static SimulatedCurve run(long seed, int[] sampleSizes, int trials, double sigma) {
        Require.positive("sigma", sigma);
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be at least 1, got " + trials);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] n = new double[sampleSizes.length];
        double[] error = new double[sampleSizes.length];
        for (int i = 0; i < sampleSizes.length; i++) {
            int size = sampleSizes[i];
            if (size < 1) {
                throw new IllegalArgumentException("sample size must be at least 1, got " + size);
            }
            double squaredError = 0;
            for (int t = 0; t < trials; t++) {
                double sum = 0;
                for (int k = 0; k < size; k++) {
                    sum += sigma * gaussian(random);
                }
                double estimate = sum / size;
                squaredError += estimate * estimate;
            }
            n[i] = size;
            error[i] = squaredError / trials;
        }
        return new SimulatedCurve(n, error, PowerLawFit.of(n, error).exponent());
    }

    static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian before Java 17's RandomGenerator default.
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
