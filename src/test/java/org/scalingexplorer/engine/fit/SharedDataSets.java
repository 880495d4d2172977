package org.scalingexplorer.engine.fit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingexplorer.engine.io.ColumnMapping;
import org.scalingexplorer.engine.io.RunImport;
import org.scalingexplorer.engine.io.RunImporter;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * The final-loss run sets of {@code ../shared/data} (never copied into the project), read through the
 * app's own importer with the column mapping each needs. Sources and licences: each folder's README.
 * Tests that use them skip through an assumption where {@code ../shared} is absent.
 */
public final class SharedDataSets {

    public static final Path ROOT = Path.of("..", "shared", "data");
    public static final Path EXTERNAL = ROOT.resolve("external");

    private SharedDataSets() {
    }

    public static boolean present() {
        return Files.isDirectory(EXTERNAL);
    }

    /** One file read with a mapping, optionally split by columns into several sets. */
    private record Source(String label, Path file, List<String> mapping, List<String> splitBy) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source("chinchilla-epoch", ROOT.resolve("chinchilla-epoch.csv"), List.of(), List.of()),
            new Source("gadre2024", EXTERNAL.resolve("gadre2024-overtraining/runs.csv"),
                    List.of("loss=loss_c4_val"), List.of("dataset")),
            new Source("datablations-fit", EXTERNAL.resolve("datablations2023-runs/runs_fit_subset.csv"),
                    List.of("name=run_name"), List.of()),
            new Source("datablations-all", EXTERNAL.resolve("datablations2023-runs/runs_all.csv"),
                    List.of("name=run_name"), List.of()),
            new Source("porian2024", EXTERNAL.resolve("porian2024-isoflops/isoflop_points.csv"),
                    List.of(), List.of("dataset", "config")),
            new Source("llama3", EXTERNAL.resolve("llama3-isoflops-digitized/isoflops_points.csv"),
                    List.of("flops=compute_budget", "tokens=training_tokens", "loss=validation_loss"), List.of()),
            new Source("marin-comma", EXTERNAL.resolve("marin-isoflops-2026/isoflop-comma.csv"), marin(), List.of()),
            new Source("marin-dclm", EXTERNAL.resolve("marin-isoflops-2026/isoflop-dclm.csv"), marin(), List.of()),
            new Source("marin-nemotron", EXTERNAL.resolve("marin-isoflops-2026/isoflop-nemotron.csv"), marin(),
                    List.of()),
            new Source("misfitting2025", EXTERNAL.resolve("misfitting2025-learning-curves/scaling_results_last_ckpt_only.csv"),
                    List.of("params=N", "tokens=D", "flops=C", "name=model,peak_lr,sweep,total_steps"), List.of()),
            new Source("openathena", EXTERNAL.resolve("openathena-isoflops-compiled/isoflops_extract.csv"),
                    List.of(), List.of("experiment")),
            new Source("steplaw2025", EXTERNAL.resolve("steplaw2025-lr-bs/dense_lr_bs_loss.csv"),
                    List.of("params=N", "tokens=D", "name=exp_name"), List.of()));

    private static List<String> marin() {
        return List.of("params=parameter_count", "tokens=throughput/total_tokens", "loss=eval/paloma/macro_loss",
                "name=name");
    }

    /** Every set by label (a split file gives one set per split key), in a stable order. */
    public static Map<String, List<TrainingRun>> all() {
        Map<String, List<TrainingRun>> sets = new LinkedHashMap<>();
        for (Source source : SOURCES) {
            RunImport imported = RunImporter.read(source.file(),
                    ColumnMapping.parse(source.mapping(), RunImporter.ROLES), source.splitBy());
            imported.bySplit().forEach((key, runs) ->
                    sets.put(key.isEmpty() ? source.label() : source.label() + ":" + key, runs));
        }
        return sets;
    }

    /** One file's runs with a mapping, for tests that need a particular set. */
    public static List<TrainingRun> read(Path file, String... mapping) {
        return RunImporter.read(file, ColumnMapping.parse(List.of(mapping), RunImporter.ROLES), List.of()).runs();
    }
}
