package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.io.SampleData;
import org.scalingexplorer.engine.io.TrainingRun;

class NextRunsCommandTest {

    /** The first 40 runs of the sample: small budgets only, so a larger next run has much to teach. */
    private static Path smallStudy(Path dir) throws Exception {
        List<TrainingRun> runs = SampleData.chinchillaEpoch().subList(0, 40);
        StringBuilder csv = new StringBuilder("params,tokens,loss\n");
        for (TrainingRun run : runs) {
            csv.append(run.params()).append(',').append(run.tokens()).append(',').append(run.loss()).append('\n');
        }
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void suggestionsAreRankedByHowMuchTheyShrinkTheInterval(@TempDir Path dir) throws Exception {
        CliTest.Result result = CliTest.run("next-runs", smallStudy(dir).toString(), "--target", "1e24",
                "--resamples", "40", "--count", "9", "--json");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals(40, json.get("n_runs").asInt());
        JsonNode suggestions = json.get("suggestions");
        assertEquals(9, suggestions.size());
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode suggestion : suggestions) {
            double shrinkage = suggestion.get("shrinkage").asDouble();
            assertTrue(shrinkage <= previous, "sorted by shrinkage");
            previous = shrinkage;
            assertEquals(suggestion.get("flops").asDouble(),
                    6 * suggestion.get("params").asDouble() * suggestion.get("tokens").asDouble(),
                    1e-6 * suggestion.get("flops").asDouble());
        }
        assertTrue(suggestions.get(0).get("shrinkage").asDouble() > 0, "at least one run helps");
    }

    @Test
    void aBadTargetIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        CliTest.Result result = CliTest.run("next-runs", smallStudy(dir).toString(), "--target", "1e40");
        assertEquals(ExplorerCommand.BAD_ARGUMENT, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("--target"), result.err());
    }
}
