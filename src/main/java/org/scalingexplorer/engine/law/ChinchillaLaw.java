package org.scalingexplorer.engine.law;

import java.util.List;
import org.scalingexplorer.engine.Require;

/**
 * The parametric form of Hoffmann et al. 2022 (science.md section 3):
 * {@code L(N, D) = E + A / N^alpha + B / D^beta}.
 */
public record ChinchillaLaw(double irreducible, double paramsCoefficient, double tokensCoefficient,
                            double alpha, double beta) implements ScalingLaw {

    public static final String E = "E";
    public static final String A = "A";
    public static final String B = "B";
    public static final String ALPHA = "alpha";
    public static final String BETA = "beta";

    public ChinchillaLaw {
        Require.nonNegative(E, irreducible);
        Require.positive(A, paramsCoefficient);
        Require.positive(B, tokensCoefficient);
        Require.positive(ALPHA, alpha);
        Require.positive(BETA, beta);
    }

    @Override
    public double loss(double params, double tokens) {
        Require.positive("params", params);
        Require.positive("tokens", tokens);
        return irreducible + paramsTerm(params) + tokensTerm(tokens);
    }

    @Override
    public double lossOfParams(double params) {
        Require.positive("params", params);
        return irreducible + paramsTerm(params);
    }

    @Override
    public double lossOfTokens(double tokens) {
        Require.positive("tokens", tokens);
        return irreducible + tokensTerm(tokens);
    }

    /** A / N^alpha: the part of the loss a bigger model removes. */
    public double paramsTerm(double params) {
        return paramsCoefficient * Math.pow(params, -alpha);
    }

    /** B / D^beta: the part of the loss more data removes. */
    public double tokensTerm(double tokens) {
        return tokensCoefficient * Math.pow(tokens, -beta);
    }

    @Override
    public double irreducibleLoss() {
        return irreducible;
    }

    @Override
    public List<LawConstant> constants() {
        return List.of(new LawConstant(E, irreducible), new LawConstant(A, paramsCoefficient),
                new LawConstant(B, tokensCoefficient), new LawConstant(ALPHA, alpha),
                new LawConstant(BETA, beta));
    }

    @Override
    public ChinchillaLaw withConstant(String key, double value) {
        return switch (key) {
            case E -> new ChinchillaLaw(value, paramsCoefficient, tokensCoefficient, alpha, beta);
            case A -> new ChinchillaLaw(irreducible, value, tokensCoefficient, alpha, beta);
            case B -> new ChinchillaLaw(irreducible, paramsCoefficient, value, alpha, beta);
            case ALPHA -> new ChinchillaLaw(irreducible, paramsCoefficient, tokensCoefficient, value, beta);
            case BETA -> new ChinchillaLaw(irreducible, paramsCoefficient, tokensCoefficient, alpha, value);
            default -> throw new IllegalArgumentException("ChinchillaLaw has no constant " + key);
        };
    }
}
