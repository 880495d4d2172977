package org.scalingexplorer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.PhysicalRange;
import org.scalingexplorer.engine.plan.PublishedShape;
import org.scalingexplorer.engine.plan.ShapeCandidate;
import org.scalingexplorer.engine.plan.ShapeSearch;
import org.scalingexplorer.engine.plan.ShapeSuggestions;
import org.scalingexplorer.engine.plan.TransformerShape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "shapes", mixinStandardHelpOptions = true,
        description = {"Transformer shapes (layers, width, heads) whose non-embedding count 12 * layers * width^2 "
                + "is near a target N, closest first, with the published shapes (GPT-3, LLaMA, Chinchilla) among "
                + "them and beside them.",
                "Round shapes as published models use: width a multiple of 256, heads of 128 (64 below width 2048), "
                        + "layers a multiple of 4, width/layers between 32 and 256. Embedding parameters are shown "
                        + "apart: input (vocabulary * width) and, with --untied, the output layer too."})
final class ShapesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--params", required = true, paramLabel = "N", description = "target non-embedding parameters, e.g. 7e9")
    double params;

    @Option(names = "--vocab", defaultValue = "32000", description = "vocabulary size (default: ${DEFAULT-VALUE})")
    long vocabulary;

    @Option(names = "--untied", description = "count the output layer as its own vocabulary x width matrix (as LLaMA); "
            + "by default it shares the input embedding (as GPT-2 and GPT-3)")
    boolean untied;

    @Option(names = "--count", defaultValue = "10", description = "round shapes to list at most, besides the "
            + "published ones (default: ${DEFAULT-VALUE})")
    int count;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        OptionBounds.physical("--params", PhysicalRange.PARAMS, params);
        OptionBounds.VOCAB.check(vocabulary);
        OptionBounds.COUNT.check(count);
        ShapeSuggestions suggestions = ShapeSearch.suggest(params, vocabulary, !untied, ShapeSearch.DEFAULT_TOLERANCE,
                count);
        if (suggestions.candidates().isEmpty()) {
            throw new IllegalArgumentException("--params " + PhysicalRange.format(params) + ": no shape within 10% (width a "
                    + "multiple of 256, layers a multiple of 4, width/layers between 32 and 256)"
                    + (params < 1e7 ? "; try a larger N" : ""));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.json) {
            out.println(Json.write(report(suggestions)));
        } else {
            printText(out, suggestions);
        }
        out.flush();
        return 0;
    }

    private Map<String, Object> report(ShapeSuggestions suggestions) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("target_params", params);
        report.put("vocab", vocabulary);
        report.put("tied_embeddings", !untied);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ShapeCandidate candidate : suggestions.candidates()) {
            TransformerShape shape = candidate.shape();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("layers", shape.layers());
            row.put("width", shape.width());
            row.put("heads", shape.heads());
            row.put("head_size", shape.headSize());
            row.put("aspect_ratio", shape.aspectRatio());
            row.put("non_embedding_params", shape.nonEmbeddingParams());
            row.put("relative_difference", (shape.nonEmbeddingParams() - params) / params);
            row.put("input_embedding_params", shape.inputEmbeddingParams());
            row.put("output_embedding_params", shape.outputEmbeddingParams());
            row.put("embedding_params", shape.embeddingParams());
            row.put("total_params", shape.totalParams());
            row.put("published_as", candidate.publishedAs().stream().map(PublishedShape::name).toList());
            rows.add(row);
        }
        report.put("shapes", rows);
        List<Map<String, Object>> published = new ArrayList<>();
        for (PublishedShape shape : suggestions.publishedNearby()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", shape.name());
            row.put("reported_params", shape.reportedParams());
            row.put("layers", shape.layers());
            row.put("width", shape.width());
            row.put("heads", shape.heads());
            row.put("head_size", shape.headSize());
            row.put("feed_forward_width", shape.feedForwardWidth());
            row.put("non_embedding_params", shape.nonEmbeddingParams());
            row.put("aspect_ratio", shape.aspectRatio());
            row.put("vocab", shape.vocabulary());
            row.put("embeddings", shape.embeddings().name().toLowerCase(Locale.ROOT));
            row.put("source", shape.source());
            published.add(row);
        }
        report.put("published_nearby", published);
        return report;
    }

    private void printText(PrintWriter out, ShapeSuggestions suggestions) {
        out.printf(Locale.ROOT, "target N %.4g non-embedding parameters, vocabulary %d, output layer %s%n", params,
                vocabulary, untied ? "untied (counted apart)" : "tied to the input embedding");
        out.printf("%7s %7s %6s %10s %8s %16s %11s %16s  %s%n", "layers", "width", "heads", "head size", "w/layers",
                "12 L w^2", "difference", "embeddings", "published as");
        for (ShapeCandidate candidate : suggestions.candidates()) {
            TransformerShape shape = candidate.shape();
            out.printf(Locale.ROOT, "%7d %7d %6d %10d %8.1f %16.6g %+10.3f%% %16.6g  %s%n", shape.layers(),
                    shape.width(), shape.heads(), shape.headSize(), shape.aspectRatio(), shape.nonEmbeddingParams(),
                    100 * (shape.nonEmbeddingParams() - params) / params, shape.embeddingParams(),
                    candidate.publishedAs().stream().map(PublishedShape::name).collect(Collectors.joining(", ")));
        }
        if (!suggestions.publishedNearby().isEmpty()) {
            out.println("published models within a factor of 2:");
            for (PublishedShape shape : suggestions.publishedNearby()) {
                out.printf(Locale.ROOT, "  %-13s %3d x %5d, %3d heads of %3d, N_\\E %.4g (reported %.3g)  %s%n",
                        shape.name(), shape.layers(), shape.width(), shape.heads(), shape.headSize(),
                        shape.nonEmbeddingParams(), shape.reportedParams(), shape.source());
            }
        }
    }
}
