package org.scalingexplorer.engine.plan;

import java.util.List;

/**
 * A shape the search offers, with the published models that use exactly this (layers, width, head
 * size), if any.
 */
public record ShapeCandidate(TransformerShape shape, List<PublishedShape> publishedAs) {

    public boolean isPublished() {
        return !publishedAs.isEmpty();
    }
}
