package org.scalingexplorer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingexplorer.engine.plan.ShapeSearch;
import org.scalingexplorer.engine.plan.TransformerShape;
import org.scalingexplorer.engine.PhysicalRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "shapes", mixinStandardHelpOptions = true,
        description = {"Transformer shapes (layers, width, heads) whose non-embedding count 12 * layers * width^2 "
                + "is closest to a target N, closest first.",
                "Width a multiple of 64, head size 64 or 128, width/layers between 32 and 256; embedding "
                        + "parameters (vocabulary * width) are shown apart."})
final class ShapesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--params", required = true, paramLabel = "N", description = "target non-embedding parameters, e.g. 7e9")
    double params;

    @Option(names = "--vocab", defaultValue = "32000", description = "vocabulary size (default: ${DEFAULT-VALUE})")
    long vocabulary;

    @Option(names = "--count", defaultValue = "10", description = "shapes to list at most (default: ${DEFAULT-VALUE})")
    int count;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        OptionBounds.physical("--params", PhysicalRange.PARAMS, params);
        OptionBounds.VOCAB.check(vocabulary);
        OptionBounds.COUNT.check(count);
        List<TransformerShape> shapes = ShapeSearch.closest(params, vocabulary, ShapeSearch.DEFAULT_TOLERANCE, count);
        if (shapes.isEmpty()) {
            throw new IllegalArgumentException("--params " + PhysicalRange.format(params) + ": no shape within 10% (width a "
                    + "multiple of 64, width/layers between 32 and 256)" + (params < 1e7 ? "; try a larger N" : ""));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("target_params", params);
            report.put("vocab", vocabulary);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (TransformerShape shape : shapes) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("layers", shape.layers());
                row.put("width", shape.width());
                row.put("heads", shape.heads());
                row.put("head_size", shape.headSize());
                row.put("aspect_ratio", shape.aspectRatio());
                row.put("non_embedding_params", shape.nonEmbeddingParams());
                row.put("relative_difference", (shape.nonEmbeddingParams() - params) / params);
                row.put("embedding_params", shape.embeddingParams());
                rows.add(row);
            }
            report.put("shapes", rows);
            out.println(Json.write(report));
        } else {
            out.printf(Locale.ROOT, "target N %.4g non-embedding parameters, vocabulary %d%n", params, vocabulary);
            out.printf("%7s %7s %6s %10s %8s %16s %11s %16s%n", "layers", "width", "heads", "head size", "w/layers",
                    "12 L w^2", "difference", "embedding");
            for (TransformerShape shape : shapes) {
                out.printf(Locale.ROOT, "%7d %7d %6d %10d %8.1f %16.6g %+10.3f%% %16.6g%n", shape.layers(), shape.width(),
                        shape.heads(), shape.headSize(), shape.aspectRatio(), shape.nonEmbeddingParams(),
                        100 * (shape.nonEmbeddingParams() - params) / params, shape.embeddingParams());
            }
        }
        out.flush();
        return 0;
    }
}
