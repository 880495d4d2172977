package org.scalingexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.scalingexplorer.engine.fit.RunSelection;
import org.scalingexplorer.engine.io.RunImport;
import org.scalingexplorer.engine.io.TrainingRun;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The run file of fit and next-runs, and which of its runs to drop before fitting. */
final class RunFileOptions {

    @Parameters(index = "0", paramLabel = "FILE", description = "runs as CSV or TSV (UTF-8)")
    Path file;

    @Option(names = "--exclude-highest-loss", defaultValue = "0", paramLabel = "K",
            description = "drop the K runs with the highest loss first (Besiroglu et al. 2024 drop 5)")
    int excludeHighestLoss;

    /** The runs kept, and how a message names each of them ("line 12"). */
    record Runs(List<TrainingRun> runs, IntFunction<String> label) {
    }

    /** Checks the options; call before any work. */
    void check() {
        OptionBounds.EXCLUDE_HIGHEST_LOSS.check(excludeHighestLoss);
    }

    /** Reads the file (skipped rows become warnings on {@code err}) and drops the highest-loss runs. */
    Runs read(PrintWriter err) {
        check();
        RunImport imported = RunFiles.read(file, err);
        List<TrainingRun> runs = imported.runs();
        Map<TrainingRun, String> labels = new IdentityHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            labels.put(runs.get(i), imported.label(i));
        }
        if (excludeHighestLoss > 0) {
            if (excludeHighestLoss >= runs.size()) {
                throw new IllegalArgumentException("--exclude-highest-loss " + excludeHighestLoss + " would drop all "
                        + runs.size() + " runs of " + file);
            }
            runs = RunSelection.withoutHighestLoss(runs, excludeHighestLoss);
        }
        List<TrainingRun> kept = new ArrayList<>(runs);
        return new Runs(kept, index -> labels.get(kept.get(index)));
    }
}
