package org.scalingexplorer.engine.allocation;

import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.KaplanLaw;
import org.scalingexplorer.engine.law.ScalingLaw;

/** A law solved for tokens: how long a model of a given size must train to reach a given loss. */
public final class LawInverse {
    private LawInverse() {
    }

    /**
     * The model size below which no amount of data reaches {@code loss}: where L(N, D -> infinity)
     * equals it. Smaller models stall above the target.
     */
    public static double paramsFloor(ScalingLaw law, double loss) {
        Require.positive("loss", loss);
        if (law instanceof ChinchillaLaw chinchilla) {
            double reducible = loss - chinchilla.irreducible();
            if (reducible <= 0) {
                throw new IllegalArgumentException("loss " + loss + " is at or below the law's floor E = "
                        + chinchilla.irreducible());
            }
            return Math.pow(chinchilla.paramsCoefficient() / reducible, 1 / chinchilla.alpha());
        }
        if (law instanceof KaplanLaw kaplan) {
            // L(N, infinity) = (N_c / N)^alpha_N.
            return kaplan.criticalParams() / Math.pow(loss, 1 / kaplan.alphaN());
        }
        throw new IllegalArgumentException("no inverse for " + law.getClass().getSimpleName());
    }

    /** D such that L(N, D) = loss; refused when N is at or below {@link #paramsFloor}. */
    public static double tokensFor(ScalingLaw law, double params, double loss) {
        Require.positive("params", params);
        Require.positive("loss", loss);
        double slack;
        double tokens;
        if (law instanceof ChinchillaLaw chinchilla) {
            slack = loss - chinchilla.irreducible() - chinchilla.paramsTerm(params);
            tokens = Math.pow(chinchilla.tokensCoefficient() / slack, 1 / chinchilla.beta());
        } else if (law instanceof KaplanLaw kaplan) {
            // L^(1/alpha_D) = (N_c/N)^(alpha_N/alpha_D) + D_c/D.
            slack = Math.pow(loss, 1 / kaplan.alphaD())
                    - Math.pow(kaplan.criticalParams() / params, kaplan.alphaN() / kaplan.alphaD());
            tokens = kaplan.criticalTokens() / slack;
        } else {
            throw new IllegalArgumentException("no inverse for " + law.getClass().getSimpleName());
        }
        if (!(slack > 0)) {
            throw new IllegalArgumentException("a model of " + params + " parameters cannot reach loss " + loss
                    + " with any amount of data");
        }
        return Require.finiteResult("tokens for loss " + loss, tokens);
    }
}
