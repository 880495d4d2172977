package org.scalingexplorer.engine.recipe.mup;

/**
 * How a network's initialisation, learning rates and output multiplier change with its width n, for
 * Adam (Yang et al. 2022, "Tensor Programs V: Tuning Large Neural Networks via Zero-Shot
 * Hyperparameter Transfer", arXiv:2203.03466). The paper's Table 3 gives muP against the standard
 * parametrisation (SP) for general networks; its Table 8 gives the equivalent form with an explicit
 * output multiplier, which is the form used here:
 *
 * <pre>
 *                    input weights &amp; biases   output weights     hidden weights
 *   init. variance   1/fan_in                 1  (SP: 1/fan_in)   1/fan_in
 *   multiplier       1                        1/fan_in (SP: 1)   1
 *   Adam LR          eta                      eta                 eta/fan_in (SP: eta)
 * </pre>
 *
 * <p>"Input weights" map a fixed dimension to the width (here the input layer), "output weights" the
 * width to a fixed dimension (the read-out), "hidden weights" the width to the width. As in the
 * authors' {@code mup} package, every width-dependent factor is taken relative to a base width n0
 * (the ratio r = n / n0 stands for fan_in up to a constant), so a muP network of the base width is
 * exactly the SP network of that width and the two share its best learning rate. The constant factor
 * 2 of He initialisation for ReLU units is applied to input and hidden weights in both
 * parametrisations; the tables fix only how things scale with width.
 */
public enum Parametrization {
    /** PyTorch-style defaults: every layer's variance 1/fan_in, one learning rate, no multiplier. */
    STANDARD("sp"),
    /** Maximal-update parametrisation (Tensor Programs V, Tables 3 and 8, Adam). */
    MUP("mup");

    /** He gain for ReLU units: variance 2/fan_in keeps the pre-activations' scale through a layer. */
    static final double RELU_GAIN = 2.0;

    private final String id;

    Parametrization(String id) {
        this.id = id;
    }

    /** The short name used on the command line and in JSON: {@code sp} or {@code mup}. */
    public String id() {
        return id;
    }

    /** Initial variance of the input weights (fan_in = the fixed input dimension). */
    double inputInitVariance(int inputs) {
        return RELU_GAIN / inputs;
    }

    /** Initial variance of the hidden weights (fan_in = width in both parametrisations). */
    double hiddenInitVariance(int width) {
        return RELU_GAIN / width;
    }

    /** Initial variance of the read-out weights: 1/fan_in under SP, constant in width (1/n0) under muP. */
    double outputInitVariance(int width, int baseWidth) {
        return this == STANDARD ? 1.0 / width : 1.0 / baseWidth;
    }

    /** The read-out's multiplier: 1 under SP, n0/n under muP (Table 8, "1/fan_in"). */
    double outputMultiplier(int width, int baseWidth) {
        return this == STANDARD ? 1.0 : baseWidth / (double) width;
    }

    /** Adam learning-rate factor of the hidden weights: 1 under SP, n0/n under muP (Table 8, "1/fan_in"). */
    double hiddenLearningRateFactor(int width, int baseWidth) {
        return this == STANDARD ? 1.0 : baseWidth / (double) width;
    }

    public static Parametrization fromId(String id) {
        for (Parametrization p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("parametrisation must be sp or mup, got " + id);
    }
}
