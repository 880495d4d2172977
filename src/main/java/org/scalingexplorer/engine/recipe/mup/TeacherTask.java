package org.scalingexplorer.engine.recipe.mup;

import java.util.SplittableRandom;

/**
 * A seeded teacher-student regression: inputs x ~ N(0, I) in {@code inputs} dimensions, targets from
 * a fixed random teacher network {@code t(x) = sum_j a_j tanh(u_j . x)} with {@code teacherUnits}
 * units, scaled to unit variance, so that predicting 0 costs a loss of about 0.5 (half the mean
 * squared error). Every student sees the same training stream and is scored on the same held-out
 * set, so differences between runs come from width, learning rate and parametrisation only.
 * The arrays are shared by every run that trains on the task and never written after creation.
 */
public final class TeacherTask {

    /**
     * Teacher pre-activations have standard deviation {@value}: enough to bend tanh well away from
     * linear (a linear student would do poorly) without saturating it into a sign function.
     */
    static final double TEACHER_GAIN = 1.5;

    /** Input dimension: the "finite" dimension of muP, which does not grow with width. */
    final int inputs;
    /** Training inputs, one row per example, and their targets. */
    final double[][] trainInputs;
    final double[] trainTargets;
    /** Held-out inputs, one row per example, and their targets. */
    final double[][] evalInputs;
    final double[] evalTargets;

    private TeacherTask(int inputs, double[][] trainInputs, double[] trainTargets, double[][] evalInputs,
                        double[] evalTargets) {
        this.inputs = inputs;
        this.trainInputs = trainInputs;
        this.trainTargets = trainTargets;
        this.evalInputs = evalInputs;
        this.evalTargets = evalTargets;
    }

    public static TeacherTask create(long seed, int inputs, int teacherUnits, int trainCount, int evalCount) {
        if (inputs < 1 || teacherUnits < 1 || trainCount < 1 || evalCount < 2) {
            throw new IllegalArgumentException("teacher task needs inputs, teacher units and training examples >= 1"
                    + " and at least 2 held-out examples, got " + inputs + ", " + teacherUnits + ", " + trainCount
                    + ", " + evalCount);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] u = gaussian(random, teacherUnits * inputs, TEACHER_GAIN / Math.sqrt(inputs));
        double[] a = gaussian(random, teacherUnits, 1 / Math.sqrt(teacherUnits));
        double[][] trainX = examples(random, trainCount, inputs);
        double[][] evalX = examples(random, evalCount, inputs);
        double[] trainY = teacher(u, a, trainX, inputs);
        double[] evalY = teacher(u, a, evalX, inputs);
        double scale = 1 / standardDeviation(evalY);
        for (int i = 0; i < trainY.length; i++) {
            trainY[i] *= scale;
        }
        for (int i = 0; i < evalY.length; i++) {
            evalY[i] *= scale;
        }
        return new TeacherTask(inputs, trainX, trainY, evalX, evalY);
    }

    public int inputs() {
        return inputs;
    }

    public int trainCount() {
        return trainTargets.length;
    }

    public int evalCount() {
        return evalTargets.length;
    }

    /** Half the mean square of the held-out targets: the loss of always predicting 0. */
    public double constantPredictorLoss() {
        double sum = 0;
        for (double y : evalTargets) {
            sum += y * y;
        }
        return 0.5 * sum / evalTargets.length;
    }

    static double[] gaussian(SplittableRandom random, int count, double std) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = std * random.nextGaussian();
        }
        return values;
    }

    private static double[][] examples(SplittableRandom random, int count, int inputs) {
        double[][] x = new double[count][];
        for (int n = 0; n < count; n++) {
            x[n] = gaussian(random, inputs, 1);
        }
        return x;
    }

    private static double[] teacher(double[] u, double[] a, double[][] x, int inputs) {
        int units = a.length;
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            double sum = 0;
            for (int j = 0; j < units; j++) {
                double pre = 0;
                for (int k = 0; k < inputs; k++) {
                    pre += u[j * inputs + k] * x[n][k];
                }
                sum += a[j] * Math.tanh(pre);
            }
            y[n] = sum;
        }
        return y;
    }

    private static double standardDeviation(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double sq = 0;
        for (double v : values) {
            sq += (v - mean) * (v - mean);
        }
        return Math.sqrt(sq / (values.length - 1));
    }
}
