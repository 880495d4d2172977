package org.scalingexplorer.ui.recipe;

import java.util.List;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.engine.plan.PublishedShape;
import org.scalingexplorer.engine.plan.ShapeBowl;
import org.scalingexplorer.engine.plan.ShapeSearch;
import org.scalingexplorer.engine.plan.ShapeSuggestions;
import org.scalingexplorer.engine.recipe.EmbeddingCount;

/**
 * What the shapes panel shows: the law's compute-optimal N at the budget (without embeddings: a law
 * that counts them has them taken off with Pearce and Song's embedding count), the shapes the search
 * offers for it beside published models' shapes, and Kaplan's flat bowl.
 *
 * @param preset             the law
 * @param flops              the budget
 * @param lawParams          N_opt as the law counts it
 * @param targetParams       the non-embedding N the search aims at
 * @param vocabulary         tokens in the vocabulary, for the embedding counts
 * @param tiedEmbeddings     whether the output layer shares the input embedding
 * @param suggestions        round and published shapes near the target, and published models nearby
 * @param published          published models' shapes by size, for the bowl
 * @param computePerPercent  extra compute that makes up for a shape 1% worse in loss (Kaplan)
 */
public record ShapesPanel(LawPreset preset, double flops, double lawParams, double targetParams, long vocabulary,
                          boolean tiedEmbeddings, ShapeSuggestions suggestions, List<PublishedShape> published,
                          double computePerPercent) {

    /** Round shapes listed beside the published ones. */
    static final int SHAPES_LISTED = 6;
    public static final long MIN_VOCABULARY = 256;
    public static final long MAX_VOCABULARY = 1_000_000;

    public ShapesPanel {
        published = List.copyOf(published);
    }

    static ShapesPanel of(LawPreset preset, ScalingLaw law, double flops, long vocabulary, boolean tied) {
        Allocation allocation = ComputeOptimalAllocator.allocate(law, ComputeBudget.ofFlops(flops));
        double target = preset.countsEmbeddings()
                ? EmbeddingCount.PEARCE_SONG_2024.nonEmbeddingParams(allocation.params())
                : allocation.params();
        return new ShapesPanel(preset, flops, allocation.params(), target, vocabulary, tied,
                ShapeSearch.suggest(target, vocabulary, tied, ShapeSearch.DEFAULT_TOLERANCE, SHAPES_LISTED),
                ShapeBowl.publishedBySize(), ShapeBowl.computeFactor(0.01) - 1);
    }
}
