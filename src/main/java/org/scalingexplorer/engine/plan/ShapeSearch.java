package org.scalingexplorer.engine.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** Round shapes: widths in steps of {@value}, as every GPT-3 and LLaMA width is (but GPT-3 13B's printed 5140). */
    public static final int ROUND_WIDTH_STEP = 256;
    /** Round shapes: layer counts in steps of {@value}, as every GPT-3 and LLaMA depth is. */
    public static final int ROUND_LAYER_STEP = 4;
    /** Round shapes use heads of 128 from this width up (GPT-3 XL and larger, LLaMA), 64 below. */
    public static final int WIDE_HEAD_FROM = 2048;
    /** Published models within this factor of the target are placed beside the suggestions. */
    public static final double NEARBY_FACTOR = 2;
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
        return closest(targetParams, vocabulary, true, tolerance, limit);
    }

    /**
     * As {@link #closest(double, long, double, int)} (which counts one vocabulary x width matrix, as
     * for tied embeddings), with the output layer tied to the input embedding or counted apart.
     */
    public static List<TransformerShape> closest(double targetParams, long vocabulary, boolean tiedEmbeddings,
                                                 double tolerance, int limit) {
        checkArguments(targetParams, vocabulary, tolerance, limit);
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
                    TransformerShape shape = new TransformerShape(layers, width, width / headSize, headSize, vocabulary,
                            tiedEmbeddings);
                    if (shape.relativeDistance(targetParams) <= tolerance) {
                        shapes.add(shape);
                    }
                }
            }
        }
        shapes.sort(closeness(targetParams));
        return List.copyOf(shapes.subList(0, Math.min(limit, shapes.size())));
    }
    /**
     * The shapes to offer for a target: round shapes of the kind published models use, the published
     * shapes themselves when they fall within {@code tolerance}, and the published models near the
     * target (within a factor of 2) to place beside them.
     *
     * <p>"Round" follows what the published families do (GPT-3, Brown et al. 2020 Table 2.1; LLaMA,
     * Touvron et al. 2023 Table 2): a width that is a multiple of {@value #ROUND_WIDTH_STEP}, heads of
     * 128 (64 below a width of {@value #WIDE_HEAD_FROM}), a layer count that is a multiple of
     * {@value #ROUND_LAYER_STEP}, and width/layers between {@value #MIN_ASPECT} and {@value #MAX_ASPECT}.
     * The nearest {@code limit} round shapes are listed, plus every published shape within tolerance
     * (LLaMA-7B's and GPT-3 6.7B's 32 x 4096 for a 7e9 target, 8% below it), closest first.
     */
    public static ShapeSuggestions suggest(double targetParams, long vocabulary, boolean tiedEmbeddings,
                                           double tolerance, int limit) {
        checkArguments(targetParams, vocabulary, tolerance, limit);
        Comparator<TransformerShape> byCloseness = closeness(targetParams);
        List<TransformerShape> round = new ArrayList<>();
        for (int width = ROUND_WIDTH_STEP; width <= MAX_WIDTH; width += ROUND_WIDTH_STEP) {
            double idealLayers = targetParams / (12.0 * width * width);
            if (idealLayers < ROUND_LAYER_STEP / 2.0) {
                break;
            }
            int below = ROUND_LAYER_STEP * (int) Math.floor(idealLayers / ROUND_LAYER_STEP);
            int headSize = width >= WIDE_HEAD_FROM ? 128 : 64;
            for (int layers : new int[] {below, below + ROUND_LAYER_STEP}) {
                if (layers < ROUND_LAYER_STEP || width / (double) layers < MIN_ASPECT
                        || width / (double) layers > MAX_ASPECT) {
                    continue;
                }
                TransformerShape shape = new TransformerShape(layers, width, width / headSize, headSize, vocabulary,
                        tiedEmbeddings);
                if (shape.relativeDistance(targetParams) <= tolerance) {
                    round.add(shape);
                }
            }
        }
        round.sort(byCloseness);
        Map<String, ShapeCandidate> candidates = new LinkedHashMap<>();
        for (TransformerShape shape : round.subList(0, Math.min(limit, round.size()))) {
            candidates.put(key(shape), new ShapeCandidate(shape, new ArrayList<>()));
        }
        for (PublishedShape published : PublishedShape.CATALOG) {
            TransformerShape shape = new TransformerShape(published.layers(), published.width(), published.heads(),
                    published.headSize(), vocabulary, tiedEmbeddings);
            if (shape.relativeDistance(targetParams) <= tolerance) {
                candidates.computeIfAbsent(key(shape), k -> new ShapeCandidate(shape, new ArrayList<>()))
                        .publishedAs().add(published);
            }
        }
        List<ShapeCandidate> listed = candidates.values().stream()
                .map(c -> new ShapeCandidate(c.shape(), List.copyOf(c.publishedAs())))
                .sorted(Comparator.comparing(ShapeCandidate::shape, byCloseness))
                .toList();
        List<PublishedShape> nearby = PublishedShape.CATALOG.stream()
                .filter(p -> Math.abs(Math.log(p.nonEmbeddingParams() / targetParams)) <= Math.log(NEARBY_FACTOR))
                .sorted(Comparator.comparingDouble(p -> Math.abs(Math.log(p.nonEmbeddingParams() / targetParams))))
                .toList();
        return new ShapeSuggestions(targetParams, listed, nearby);
    }

    private static void checkArguments(double targetParams, long vocabulary, double tolerance, int limit) {
        Require.positive("target parameters", targetParams);
        Require.inRange("tolerance", tolerance, 0, 1);
        if (vocabulary < 0) {
            throw new IllegalArgumentException("vocabulary must be 0 or more, got " + vocabulary);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }

    private static Comparator<TransformerShape> closeness(double targetParams) {
        double middleAspect = Math.sqrt(MIN_ASPECT * MAX_ASPECT);
        return Comparator.<TransformerShape>comparingDouble(s -> s.relativeDistance(targetParams))
                .thenComparingDouble(s -> Math.abs(Math.log(s.aspectRatio() / middleAspect)))
                .thenComparingInt(TransformerShape::layers)
                .thenComparingInt(TransformerShape::headSize);
    }

    private static String key(TransformerShape shape) {
        return shape.layers() + "x" + shape.width() + "x" + shape.headSize();
    }
}
