package org.scalingexplorer.ui.fit;

import org.scalingexplorer.engine.fit.AsymmetricHuberLoss;
import org.scalingexplorer.engine.fit.HuberLoss;
import org.scalingexplorer.engine.fit.ResidualLoss;

/**
 * The objective Approach 3 minimises: the log-Huber loss of Hoffmann et al. 2022 (science.md
 * section 3), or the lower-envelope loss that weighs runs below the curve {@code lambda} times
 * more. {@code lambda} is kept for the log-Huber objective too, so switching back and forth keeps it.
 */
public record Approach3Objective(Kind kind, double lambda) {

    /** Which penalty; the id names its bundle keys. */
    public enum Kind {
        LOG_HUBER("logHuber"), LOWER_ENVELOPE("lowerEnvelope");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** The paper's objective, as every fit used before the choice existed. */
    public static final Approach3Objective LOG_HUBER = new Approach3Objective(Kind.LOG_HUBER,
            AsymmetricHuberLoss.DEFAULT_LAMBDA);

    public Approach3Objective {
        if (kind == null) {
            throw new IllegalArgumentException("the objective's kind is missing");
        }
        if (!(lambda >= 1) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be a number of at least 1, got " + lambda);
        }
    }

    public static Approach3Objective lowerEnvelope(double lambda) {
        return new Approach3Objective(Kind.LOWER_ENVELOPE, lambda);
    }

    /** The penalty on log-loss residuals the engine's fitter takes. */
    public ResidualLoss penalty() {
        return kind == Kind.LOG_HUBER ? HuberLoss.chinchilla() : AsymmetricHuberLoss.chinchilla(lambda);
    }

    /** The other objective with the same lambda: what "compare both" fits alongside. */
    public Approach3Objective other() {
        return new Approach3Objective(kind == Kind.LOG_HUBER ? Kind.LOWER_ENVELOPE : Kind.LOG_HUBER, lambda);
    }
}
