package org.scalingexplorer.engine.recipe.mup;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The student: a multilayer perceptron x -> ReLU(width) -> ReLU(width) -> scalar, with an input,
 * a hidden and an output (read-out) layer, parametrised by {@link Parametrization}, trained by Adam
 * on half the mean squared error with a learning rate that decays linearly to 0.
 *
 * <p>Weights are stored as rows by input ({@code w[k][i]} connects input k to unit i) so that the
 * forward pass, the weight gradients and (with a transposed copy of the hidden weights) the backward
 * pass are all {@code a[i] += s * b[i]} loops over whole rows, which the JIT vectorises (about five
 * times faster here than the same loops over offsets into one flat array, which it cannot prove free
 * of overlap); ReLU zeros are skipped. One example costs about 3 width^2 multiply-adds.
 */
final class StudentNetwork {

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final int inputs;
    private final int width;
    private final double outputMultiplier;
    private final AdamTensor inputWeights;
    private final AdamTensor inputBiases;
    private final AdamTensor hiddenWeights;
    private final AdamTensor hiddenBiases;
    private final AdamTensor outputWeights;
    private final AdamTensor outputBias;
    private final AdamTensor[] tensors;
    /** hiddenWeights transposed ({@code [i][k]}), refreshed after every update. */
    private final double[][] hiddenWeightsByUnit;

    /**
     * A freshly initialised student. The Gaussian draws depend only on {@code seed}, the input
     * dimension and the width, so SP and muP students of one width start from the same draws, scaled
     * by their own variances.
     */
    StudentNetwork(Parametrization parametrization, int inputs, int width, int baseWidth, long seed) {
        this.inputs = inputs;
        this.width = width;
        this.outputMultiplier = parametrization.outputMultiplier(width, baseWidth);
        SplittableRandom random = new SplittableRandom(seed);
        inputWeights = new AdamTensor(rows(random, inputs, width, parametrization.inputInitVariance(inputs)), 1);
        hiddenWeights = new AdamTensor(rows(random, width, width, parametrization.hiddenInitVariance(width)),
                parametrization.hiddenLearningRateFactor(width, baseWidth));
        outputWeights = new AdamTensor(rows(random, 1, width, parametrization.outputInitVariance(width, baseWidth)), 1);
        inputBiases = new AdamTensor(new double[1][width], 1);
        hiddenBiases = new AdamTensor(new double[1][width], 1);
        outputBias = new AdamTensor(new double[1][1], 1);
        tensors = new AdamTensor[] {inputWeights, inputBiases, hiddenWeights, hiddenBiases, outputWeights, outputBias};
        hiddenWeightsByUnit = new double[width][width];
        transposeHidden();
    }

    /**
     * Trains for {@code steps} Adam steps of {@code batch} examples taken in order from the task's
     * training stream, the learning rate decaying linearly from {@code learningRate} to 0, and returns
     * the held-out loss; {@link Double#POSITIVE_INFINITY} if the training loss stopped being finite.
     *
     * @throws CancellationException when {@code cancelled} turns true (checked every step)
     */
    double train(TeacherTask task, int steps, int batch, double learningRate, BooleanSupplier cancelled) {
        Buffers buffers = new Buffers(batch, width);
        for (int step = 0; step < steps; step++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("muP sweep cancelled");
            }
            double loss = accumulateGradient(task, (long) step * batch, batch, buffers);
            if (!Double.isFinite(loss)) {
                return Double.POSITIVE_INFINITY;
            }
            double rate = learningRate * (1 - step / (double) steps);
            for (AdamTensor tensor : tensors) {
                tensor.step(rate, step + 1);
            }
            transposeHidden();
        }
        return heldOutLoss(task);
    }

    /**
     * Adds to the gradients d(batch loss)/d(parameter) for the {@code batch} training examples from
     * {@code first} on (wrapping around the stream) and returns the batch loss, the mean of half the
     * squared errors.
     */
    double accumulateGradient(TeacherTask task, long first, int batch, Buffers buffers) {
        int trainCount = task.trainCount();
        double loss = 0;
        for (int b = 0; b < batch; b++) {
            int example = (int) ((first + b) % trainCount);
            double[] x = task.trainInputs[example];
            forward(x, buffers.first[b], buffers.second[b]);
            double error = output(buffers.second[b]) - task.trainTargets[example];
            loss += 0.5 * error * error;
            backward(x, buffers.first[b], buffers.second[b], error / batch, buffers);
        }
        return loss / batch;
    }

    /** Half the mean squared error on the task's held-out set. */
    double heldOutLoss(TeacherTask task) {
        double[] first = new double[width];
        double[] second = new double[width];
        double sum = 0;
        for (int n = 0; n < task.evalCount(); n++) {
            forward(task.evalInputs[n], first, second);
            double error = output(second) - task.evalTargets[n];
            sum += 0.5 * error * error;
        }
        double loss = sum / task.evalCount();
        return Double.isFinite(loss) ? loss : Double.POSITIVE_INFINITY;
    }

    /** The network's output for one input. */
    double predict(double[] x) {
        double[] first = new double[width];
        double[] second = new double[width];
        forward(x, first, second);
        return output(second);
    }

    /** The parameter tensors in a fixed order (input weights, input biases, hidden weights, hidden biases, output weights, output bias), for tests. */
    double[][][] parameters() {
        return Arrays.stream(tensors).map(t -> t.values).toArray(double[][][]::new);
    }

    /** Their accumulated gradients, in the same order, for tests. */
    double[][][] gradients() {
        return Arrays.stream(tensors).map(t -> t.gradient).toArray(double[][][]::new);
    }

    private void forward(double[] x, double[] first, double[] second) {
        System.arraycopy(inputBiases.values[0], 0, first, 0, width);
        for (int k = 0; k < inputs; k++) {
            addScaled(first, x[k], inputWeights.values[k]);
        }
        relu(first);
        System.arraycopy(hiddenBiases.values[0], 0, second, 0, width);
        double[][] w = hiddenWeights.values;
        for (int k = 0; k < width; k++) {
            double a = first[k];
            if (a != 0) {
                addScaled(second, a, w[k]);
            }
        }
        relu(second);
    }

    private double output(double[] second) {
        double sum = 0;
        double[] w = outputWeights.values[0];
        for (int i = 0; i < width; i++) {
            sum += w[i] * second[i];
        }
        return outputMultiplier * sum + outputBias.values[0][0];
    }

    /** Adds this example's gradients; {@code delta} is d(batch loss)/d(output). */
    private void backward(double[] x, double[] first, double[] second, double delta, Buffers buffers) {
        double[] secondDelta = buffers.secondDelta;
        double[] firstDelta = buffers.firstDelta;
        outputBias.gradient[0][0] += delta;
        double outputScale = outputMultiplier * delta;
        addScaled(outputWeights.gradient[0], outputScale, second);
        double[] w3 = outputWeights.values[0];
        for (int i = 0; i < width; i++) {
            secondDelta[i] = second[i] > 0 ? outputScale * w3[i] : 0;
        }
        addScaled(hiddenBiases.gradient[0], 1, secondDelta);
        Arrays.fill(firstDelta, 0);
        double[][] hiddenGradient = hiddenWeights.gradient;
        for (int k = 0; k < width; k++) {
            double a = first[k];
            if (a != 0) {
                addScaled(hiddenGradient[k], a, secondDelta);
            }
            double d = secondDelta[k];
            if (d != 0) {
                addScaled(firstDelta, d, hiddenWeightsByUnit[k]);
            }
        }
        for (int i = 0; i < width; i++) {
            if (first[i] <= 0) {
                firstDelta[i] = 0;
            }
        }
        addScaled(inputBiases.gradient[0], 1, firstDelta);
        for (int k = 0; k < inputs; k++) {
            addScaled(inputWeights.gradient[k], x[k], firstDelta);
        }
    }

    private void transposeHidden() {
        double[][] w = hiddenWeights.values;
        for (int k = 0; k < width; k++) {
            double[] row = w[k];
            for (int i = 0; i < width; i++) {
                hiddenWeightsByUnit[i][k] = row[i];
            }
        }
    }

    /** target[i] += scale * source[i] over the whole row. */
    private static void addScaled(double[] target, double scale, double[] source) {
        for (int i = 0; i < target.length; i++) {
            target[i] += scale * source[i];
        }
    }

    private static void relu(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                values[i] = 0;
            }
        }
    }

    private static double[][] rows(SplittableRandom random, int rows, int columns, double variance) {
        double std = Math.sqrt(variance);
        double[][] values = new double[rows][];
        for (int r = 0; r < rows; r++) {
            values[r] = TeacherTask.gaussian(random, columns, std);
        }
        return values;
    }

    /** Activations and deltas of one batch, reused across steps. */
    static final class Buffers {
        final double[][] first;
        final double[][] second;
        final double[] secondDelta;
        final double[] firstDelta;

        Buffers(int batch, int width) {
            first = new double[batch][width];
            second = new double[batch][width];
            secondDelta = new double[width];
            firstDelta = new double[width];
        }
    }

    /** One parameter tensor (as rows) with its gradient accumulator, Adam moments and learning-rate factor. */
    private static final class AdamTensor {
        final double[][] values;
        final double[][] gradient;
        final double[][] firstMoment;
        final double[][] secondMoment;
        final double learningRateFactor;

        AdamTensor(double[][] values, double learningRateFactor) {
            this.values = values;
            this.gradient = new double[values.length][values[0].length];
            this.firstMoment = new double[values.length][values[0].length];
            this.secondMoment = new double[values.length][values[0].length];
            this.learningRateFactor = learningRateFactor;
        }

        /** One Adam step (Kingma and Ba 2015, with bias correction) at step {@code t} >= 1; clears the gradient. */
        void step(double learningRate, int t) {
            double rate = learningRate * learningRateFactor;
            double firstCorrection = 1 - Math.pow(BETA1, t);
            double secondCorrection = 1 - Math.pow(BETA2, t);
            for (int r = 0; r < values.length; r++) {
                double[] v = values[r];
                double[] g = gradient[r];
                double[] m1 = firstMoment[r];
                double[] m2 = secondMoment[r];
                for (int i = 0; i < v.length; i++) {
                    m1[i] = BETA1 * m1[i] + (1 - BETA1) * g[i];
                    m2[i] = BETA2 * m2[i] + (1 - BETA2) * g[i] * g[i];
                    v[i] -= rate * (m1[i] / firstCorrection) / (Math.sqrt(m2[i] / secondCorrection) + EPSILON);
                }
                Arrays.fill(g, 0);
            }
        }
    }
}
