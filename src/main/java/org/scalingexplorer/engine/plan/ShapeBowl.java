package org.scalingexplorer.engine.plan;

import java.util.Comparator;
import java.util.List;
import org.scalingexplorer.engine.Require;

/**
 * The flat bowl of Kaplan et al. 2020 (arXiv:2001.08361, sec. 3.1 and Figure 5): at a fixed
 * non-embedding size, depth, width, heads and feed-forward ratio change the loss by only a few
 * percent over wide ranges. What this class offers to plot is what can be taken from the paper and
 * from published models without reading values off Figure 5's curves:
 * <ul>
 * <li>Kaplan's two stated shapes of about 1.5e9 non-embedding parameters, (n_layer, d_model) =
 * (48, 1600) (GPT-2's) and (6, 4288), whose losses are within 3% of each other although their
 * aspect ratios differ twenty-fold;</li>
 * <li>what a loss penalty costs: under Kaplan's power laws a model whose shape costs a fraction f of
 * loss matches a well-shaped model with {@code (1 + f)^(1/alpha_N)} times fewer parameters, or
 * {@code (1 + f)^(1/alpha_C_min)} times less compute (alpha_N = 0.076, alpha_C_min = 0.050, Kaplan
 * Table 5): a 1% worse shape wastes about 22% of the compute;</li>
 * <li>the aspect ratios of published models against their size ({@link PublishedShape#CATALOG}):
 * the catalogue spreads from about 43 (GPT-3 Medium) to 128 (GPT-3 13B), all inside the bowl.</li>
 * </ul>
 */
public final class ShapeBowl {

    /** Kaplan 2020 Table 5: L(N) proportional to N^-0.076. */
    public static final double ALPHA_N = 0.076;
    /** Kaplan 2020 Table 5: L(C_min) proportional to C_min^-0.050. */
    public static final double ALPHA_C_MIN = 0.050;
    /** Kaplan 2020 sec. 3.1: (6, 4288) reaches a loss within 3% of (48, 1600). */
    public static final double ANCHOR_LOSS_DIFFERENCE = 0.03;
    /**
     * The two shapes of Kaplan 2020 sec. 3.1 (GPT-2's and a six-layer one), about 1.5e9 non-embedding
     * parameters. The paper gives layers and width only; heads of 64 are assumed for the second.
     */
    public static final List<TransformerShape> KAPLAN_ANCHORS = List.of(
            new TransformerShape(48, 1600, 25, 64, 50_257, true),
            new TransformerShape(6, 4288, 67, 64, 50_257, true));

    private ShapeBowl() {
    }

    /** How many times more parameters a shape costing {@code lossIncrease} (e.g. 0.01 for 1%) must make up. */
    public static double paramsFactor(double lossIncrease) {
        Require.inRange("loss increase", lossIncrease, 0, 1);
        return Math.pow(1 + lossIncrease, 1 / ALPHA_N);
    }

    /** How many times more compute a shape costing {@code lossIncrease} must make up. */
    public static double computeFactor(double lossIncrease) {
        Require.inRange("loss increase", lossIncrease, 0, 1);
        return Math.pow(1 + lossIncrease, 1 / ALPHA_C_MIN);
    }

    /** Published shapes by non-embedding size, for an aspect-ratio-against-size scatter. */
    public static List<PublishedShape> publishedBySize() {
        return PublishedShape.CATALOG.stream()
                .sorted(Comparator.comparingDouble(PublishedShape::nonEmbeddingParams))
                .toList();
    }
}
