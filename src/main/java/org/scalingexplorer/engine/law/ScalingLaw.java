package org.scalingexplorer.engine.law;

import java.util.List;

/**
 * Test loss L (nats per token) as a function of parameters N and training tokens D.
 * Implementations validate their constants and arguments: no NaN or infinity comes out.
 */
public sealed interface ScalingLaw permits ChinchillaLaw, KaplanLaw {

    /** L(N, D). */
    double loss(double params, double tokens);

    /** L(N): loss of a model of {@code params} parameters trained to convergence on unlimited data. */
    double lossOfParams(double params);

    /** L(D): loss after {@code tokens} tokens with a model large enough not to be the bottleneck. */
    double lossOfTokens(double tokens);

    /** The loss no amount of scale removes (E); 0 for a pure power law. */
    double irreducibleLoss();

    /** The constants in a stable order, each with the key {@link #withConstant} accepts. */
    List<LawConstant> constants();

    /** A copy of this law with one constant changed; an unknown key or bad value is refused. */
    ScalingLaw withConstant(String key, double value);

    default double constant(String key) {
        return constants().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown constant " + key))
                .value();
    }
}
