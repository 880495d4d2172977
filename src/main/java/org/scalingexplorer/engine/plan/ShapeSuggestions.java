package org.scalingexplorer.engine.plan;

import java.util.List;

/**
 * What the shape search offers for a target non-embedding size.
 *
 * @param targetParams    the target N (non-embedding)
 * @param candidates      round shapes and published shapes within tolerance, closest first
 * @param publishedNearby published models within a factor of 2 of the target, nearest first, to
 *                        place beside the candidates
 */
public record ShapeSuggestions(double targetParams, List<ShapeCandidate> candidates,
                               List<PublishedShape> publishedNearby) {

    public ShapeSuggestions {
        candidates = List.copyOf(candidates);
        publishedNearby = List.copyOf(publishedNearby);
    }
}
