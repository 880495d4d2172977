package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapesCommandTest {

    @Test
    void jsonListsShapesNearTheTargetWithEmbeddingsApart() {
        CliRun run = CliRun.of("shapes", "--params", "7e9", "--vocab", "50000", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals(7e9, json.get("target_params").asDouble());
        assertEquals(50000, json.get("vocab").asLong());
        JsonNode shapes = json.get("shapes");
        assertEquals(10, shapes.size());
        List<String> keys = new ArrayList<>();
        shapes.get(0).fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("layers", "width", "heads", "head_size", "aspect_ratio", "non_embedding_params",
                "relative_difference", "embedding_params"), keys);
        double previous = 0;
        for (JsonNode shape : shapes) {
            int layers = shape.get("layers").asInt();
            int width = shape.get("width").asInt();
            assertEquals(12.0 * layers * width * (double) width, shape.get("non_embedding_params").asDouble());
            assertEquals(50000.0 * width, shape.get("embedding_params").asDouble());
            double distance = Math.abs(shape.get("relative_difference").asDouble());
            assertTrue(distance <= 0.10 && distance >= previous, shape.toString());
            previous = distance;
        }
    }

    @Test
    void textHasOneRowPerShape() {
        CliRun run = CliRun.of("shapes", "--params", "1e9", "--count", "4");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2 + 4, run.out().strip().lines().count(), run.out());
    }

    @Test
    void badArgumentsGiveOneLineAndExitCodeTwo() {
        String[][] cases = {
            {"shapes"},
            {"shapes", "--params", "-1"},
            {"shapes", "--params", "1e3"},
            {"shapes", "--params", "7e9", "--vocab", "-5"},
            {"shapes", "--params", "7e9", "--count", "0"},
        };
        String[] mention = {"--params", "--params", "no shape", "--vocab", "--count"};
        for (int i = 0; i < cases.length; i++) {
            CliRun run = CliRun.of(cases[i]);
            assertEquals(ExplorerCommand.BAD_ARGUMENT, run.exitCode(), String.join(" ", cases[i]));
            assertEquals("", run.out());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().contains(mention[i]), run.err());
        }
    }
}
