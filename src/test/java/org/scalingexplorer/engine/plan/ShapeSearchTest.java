package org.scalingexplorer.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShapeSearchTest {

    @Test
    void everyShapeIsWithinTenPercentAndFollowsTheRules() {
        for (double target : new double[] {1.2e8, 1e9, 7e9, 6.5e10, 1.75e11, 1e12}) {
            List<TransformerShape> shapes = ShapeSearch.closest(target, 32_000, 0.10, 50);
            assertFalse(shapes.isEmpty(), "no shape for " + target);
            double previous = 0;
            for (TransformerShape shape : shapes) {
                double distance = shape.relativeDistance(target);
                assertTrue(distance <= 0.10, shape + " is " + distance + " from " + target);
                assertTrue(distance >= previous, "not sorted by closeness at " + shape);
                previous = distance;
                assertEquals(0, shape.width() % 64, shape.toString());
                assertTrue(shape.headSize() == 64 || shape.headSize() == 128, shape.toString());
                assertEquals(shape.width(), shape.heads() * shape.headSize(), shape.toString());
                assertTrue(shape.aspectRatio() >= 32 && shape.aspectRatio() <= 256, shape.toString());
                assertEquals(12.0 * shape.layers() * shape.width() * (double) shape.width(), shape.nonEmbeddingParams());
                assertEquals(32_000.0 * shape.width(), shape.embeddingParams());
            }
        }
    }

    @Test
    void sevenBillionFindsShapesWithinAFractionOfAPercent() {
        List<TransformerShape> shapes = ShapeSearch.closest(7e9, 32_000, 0.10, 10);
        assertEquals(10, shapes.size());
        assertTrue(shapes.get(0).relativeDistance(7e9) < 1e-3, shapes.get(0).toString());
    }

    @Test
    void aTargetTooSmallForTheAspectRulesHasNoShape() {
        // The smallest allowed shape, one layer of width 64, already has 12 * 64^2 = 49,152 parameters.
        assertTrue(ShapeSearch.closest(1e3, 32_000, 0.10, 10).isEmpty());
    }

    @Test
    void sevenBillionOffersLlamaSevenBsShapeAndPlacesThePublishedModelsBeside() {
        ShapeSuggestions suggestions = ShapeSearch.suggest(7e9, 32_000, false, 0.10, 10);
        ShapeCandidate llama = suggestions.candidates().stream()
                .filter(c -> c.shape().layers() == 32 && c.shape().width() == 4096)
                .findFirst().orElseThrow(() -> new AssertionError("32 x 4096 not offered: " + suggestions));
        assertEquals(List.of("GPT-3 6.7B", "LLaMA-7B"), llama.publishedAs().stream().map(PublishedShape::name).toList());
        assertEquals("LLaMA-7B", suggestions.publishedNearby().get(0).name());
        for (ShapeCandidate candidate : suggestions.candidates()) {
            TransformerShape shape = candidate.shape();
            assertTrue(shape.relativeDistance(7e9) <= 0.10, shape.toString());
            if (!candidate.isPublished()) {
                assertEquals(0, shape.width() % ShapeSearch.ROUND_WIDTH_STEP, shape.toString());
                assertEquals(0, shape.layers() % ShapeSearch.ROUND_LAYER_STEP, shape.toString());
                assertEquals(128, shape.headSize(), shape.toString());
            }
        }
    }

    @Test
    void everyPublishedShapeIsOfferedForItsOwnSize() {
        for (PublishedShape published : PublishedShape.CATALOG) {
            double target = published.shape().nonEmbeddingParams();
            ShapeSuggestions suggestions = ShapeSearch.suggest(target, published.vocabulary(),
                    published.shape().tiedEmbeddings(), 0.10, 5);
            assertTrue(suggestions.candidates().stream().anyMatch(c -> c.publishedAs().contains(published)),
                    published.name() + " not among " + suggestions.candidates());
            assertTrue(suggestions.publishedNearby().contains(published), published.name());
        }
    }

    @Test
    void publishedCountsReproduceThePapersSizes() {
        // LLaMA-7B: 32 blocks of 4 d^2 + 3 d 11008 = 6.48e9, plus two 32,000 x 4096 matrices = 6.74e9
        // (Touvron et al. 2023 report 6.7B). GPT-3 175B: 12 * 96 * 12288^2 = 1.739e11 plus a tied
        // 50,257 x 12288 embedding = 1.746e11 (reported 175B).
        PublishedShape llama = PublishedShape.CATALOG.stream().filter(p -> p.name().equals("LLaMA-7B")).findFirst()
                .orElseThrow();
        assertEquals(6.476e9, llama.nonEmbeddingParams(), 0.001e9);
        assertEquals(6.738e9, llama.nonEmbeddingParams() + 2.0 * 32_000 * 4096, 0.001e9);
        PublishedShape gpt3 = PublishedShape.CATALOG.stream().filter(p -> p.name().equals("GPT-3 175B")).findFirst()
                .orElseThrow();
        assertEquals(1.7456e11, gpt3.shape().totalParams(), 0.0001e11);
        for (PublishedShape shape : PublishedShape.CATALOG) {
            double counted = shape.nonEmbeddingParams() + shape.vocabulary() * (double) shape.width()
                    * (shape.embeddings() == PublishedShape.Tying.UNTIED ? 2 : 1);
            assertEquals(1, counted / shape.reportedParams(), 0.1, shape.name());
            assertTrue(shape.aspectRatio() >= ShapeSearch.MIN_ASPECT && shape.aspectRatio() <= ShapeSearch.MAX_ASPECT,
                    shape.name());
        }
    }

    @Test
    void untiedEmbeddingsCountTheOutputLayerApart() {
        TransformerShape tied = new TransformerShape(32, 4096, 32, 128, 32_000, true);
        TransformerShape untied = new TransformerShape(32, 4096, 32, 128, 32_000, false);
        assertEquals(32_000.0 * 4096, tied.inputEmbeddingParams());
        assertEquals(0, tied.outputEmbeddingParams());
        assertEquals(32_000.0 * 4096, untied.outputEmbeddingParams());
        assertEquals(2 * tied.embeddingParams(), untied.embeddingParams());
        assertEquals(untied.nonEmbeddingParams() + 2.0 * 32_000 * 4096, untied.totalParams());
    }

    @Test
    void aPoorShapeCostsAboutTwentyTwoPercentMoreComputePerPercentOfLoss() {
        assertEquals(1.220, ShapeBowl.computeFactor(0.01), 0.001);
        assertEquals(1.140, ShapeBowl.paramsFactor(0.01), 0.001);
        // Kaplan's two shapes of about 1.5e9 parameters, twenty-fold apart in aspect ratio.
        assertEquals(1.47e9, ShapeBowl.KAPLAN_ANCHORS.get(0).nonEmbeddingParams(), 0.01e9);
        assertEquals(1.32e9, ShapeBowl.KAPLAN_ANCHORS.get(1).nonEmbeddingParams(), 0.01e9);
        assertEquals(21.4, ShapeBowl.KAPLAN_ANCHORS.get(1).aspectRatio() / ShapeBowl.KAPLAN_ANCHORS.get(0).aspectRatio(),
                0.1);
    }
}
