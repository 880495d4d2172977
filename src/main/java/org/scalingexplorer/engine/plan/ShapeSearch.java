package org.scalingexplorer.engine.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.scalingexplorer.engine.Require;

/**
 * Lists transformer shapes whose non-embedding count 12 * layers * width^2 is closest to a target
 * N. Rules: width a multiple of {@value #WIDTH_STEP}; heads divide the width with a head size of 64
 * or 128; width/layers between {@value #MIN_ASPECT} and {@value #MAX_ASPECT}, the range where
 * Kaplan et al. 2020 (their Figure 5) find loss within a few percent of the best shape. Only shapes
 * within {@code tolerance} of the target are listed, closest first.
 */
public final class ShapeSearch {

    public static final int WIDTH_STEP = 64;
    public static final int[] HEAD_SIZES = {64, 128};
    public static final double MIN_ASPECT = 32;
    public static final double MAX_ASPECT = 256;
    public static final double DEFAULT_TOLERANCE = 0.10;
    /** LLaMA's vocabulary (Touvron et al. 2023), a common default. */
    public static final long DEFAULT_VOCABULARY = 32_000;
    /** Far past any model trained so far (about 1e15 parameters at 12 layers); bounds the search. */
    private static final int MAX_WIDTH = 1 << 20;

    private ShapeSearch() {
    }

    /**
     * Up to {@code limit} shapes within {@code tolerance} (relative) of {@code targetParams}, sorted by
     * closeness, then by how near the aspect ratio is to the geometric middle of the allowed range
     * (about 90), then by fewer layers.
     */
    public static List<TransformerShape> closest(double targetParams, long vocabulary, double tolerance, int limit) {
        Require.positive("target parameters", targetParams);
        Require.inRange("tolerance", tolerance, 0, 1);
        if (vocabulary < 0) {
            throw new IllegalArgumentException("vocabulary must be 0 or more, got " + vocabulary);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        List<TransformerShape> shapes = new ArrayList<>();
        for (int width = WIDTH_STEP; width <= MAX_WIDTH; width += WIDTH_STEP) {
            double idealLayers = targetParams / (12.0 * width * width);
            if (idealLayers < 0.5) {
                break;
            }
            int minLayers = Math.max(1, (int) Math.ceil(width / MAX_ASPECT));
            int maxLayers = (int) Math.floor(width / MIN_ASPECT);
            int below = (int) Math.floor(idealLayers);
            for (int layers : new int[] {below, below + 1}) {
                if (layers < minLayers || layers > maxLayers || layers < 1) {
                    continue;
                }
                for (int headSize : HEAD_SIZES) {
                    if (width % headSize != 0) {
                        continue;
                    }
                    TransformerShape shape = new TransformerShape(layers, width, width / headSize, headSize, vocabulary);
                    if (shape.relativeDistance(targetParams) <= tolerance) {
                        shapes.add(shape);
                    }
                }
            }
        }
        double middleAspect = Math.sqrt(MIN_ASPECT * MAX_ASPECT);
        shapes.sort(Comparator.<TransformerShape>comparingDouble(s -> s.relativeDistance(targetParams))
                .thenComparingDouble(s -> Math.abs(Math.log(s.aspectRatio() / middleAspect)))
                .thenComparingInt(TransformerShape::layers)
                .thenComparingInt(TransformerShape::headSize));
        return List.copyOf(shapes.subList(0, Math.min(limit, shapes.size())));
    }
}
