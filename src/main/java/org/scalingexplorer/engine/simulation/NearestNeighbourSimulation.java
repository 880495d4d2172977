package org.scalingexplorer.engine.simulation;

import java.util.SplittableRandom;
import org.scalingexplorer.engine.allocation.PowerLawFit;

/**
 * Why log-log plots are straight, the non-parametric case (science.md section 1, the "box method"):
 * with n points spread over a d-dimensional cube, the distance from a new point to its nearest
 * neighbour, and so the error of a local estimate, falls like n^(-1/d). The higher the intrinsic
 * dimension, the flatter the line.
 */
public final class NearestNeighbourSimulation {
    private NearestNeighbourSimulation() {
    }

    public static SimulatedCurve run(long seed, int dimension, int[] sampleSizes, int queries) {
        if (dimension < 1 || dimension > 16) {
            throw new IllegalArgumentException("dimension must be between 1 and 16, got " + dimension);
        }
        if (queries < 1) {
            throw new IllegalArgumentException("queries must be at least 1, got " + queries);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] n = new double[sampleSizes.length];
        double[] distance = new double[sampleSizes.length];
        for (int i = 0; i < sampleSizes.length; i++) {
            int size = sampleSizes[i];
            if (size < 1) {
                throw new IllegalArgumentException("sample size must be at least 1, got " + size);
            }
            double[][] points = new double[size][dimension];
            for (double[] p : points) {
                for (int k = 0; k < dimension; k++) {
                    p[k] = random.nextDouble();
                }
            }
            double total = 0;
            double[] query = new double[dimension];
            for (int q = 0; q < queries; q++) {
                for (int k = 0; k < dimension; k++) {
                    // Queries away from the faces, so the border does not bend the line at small n.
                    query[k] = 0.25 + 0.5 * random.nextDouble();
                }
                double best = Double.MAX_VALUE;
                for (double[] p : points) {
                    double d2 = 0;
                    for (int k = 0; k < dimension; k++) {
                        double diff = p[k] - query[k];
                        d2 += diff * diff;
                    }
                    best = Math.min(best, d2);
                }
                total += Math.sqrt(best);
            }
            n[i] = size;
            distance[i] = total / queries;
        }
        return new SimulatedCurve(n, distance, PowerLawFit.of(n, distance).exponent());
    }
}
