package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertTrue(json.get("tied_embeddings").asBoolean());
        JsonNode shapes = json.get("shapes");
        assertEquals(11, shapes.size(), "10 round shapes and the published 32 x 4096");
        List<String> keys = new ArrayList<>();
        shapes.get(0).fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("layers", "width", "heads", "head_size", "aspect_ratio", "non_embedding_params",
                "relative_difference", "input_embedding_params", "output_embedding_params", "embedding_params",
                "total_params", "published_as"), keys);
        double previous = 0;
        for (JsonNode shape : shapes) {
            int layers = shape.get("layers").asInt();
            int width = shape.get("width").asInt();
            assertEquals(12.0 * layers * width * (double) width, shape.get("non_embedding_params").asDouble());
            assertEquals(50000.0 * width, shape.get("embedding_params").asDouble());
            assertEquals(0, shape.get("output_embedding_params").asDouble());
            double distance = Math.abs(shape.get("relative_difference").asDouble());
            assertTrue(distance <= 0.10 && distance >= previous, shape.toString());
            previous = distance;
        }
    }

    @Test
    void realShapesAreAmongTheCandidatesAndBesideThem() {
        CliRun run = CliRun.of("shapes", "--params", "7e9", "--untied", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        JsonNode llama = null;
        for (JsonNode shape : json.get("shapes")) {
            if (shape.get("layers").asInt() == 32 && shape.get("width").asInt() == 4096) {
                llama = shape;
            }
        }
        assertTrue(llama != null, "32 x 4096 missing: " + run.out());
        assertTrue(llama.get("published_as").toString().contains("LLaMA-7B"), llama.toString());
        assertEquals(32000.0 * 4096, llama.get("output_embedding_params").asDouble());
        assertEquals(2 * 32000.0 * 4096, llama.get("embedding_params").asDouble());
        JsonNode nearby = json.get("published_nearby");
        assertEquals("LLaMA-7B", nearby.get(0).get("name").asText());
        assertEquals("untied", nearby.get(0).get("embeddings").asText());
        assertTrue(nearby.get(0).get("source").asText().contains("arXiv:2302.13971"));
        assertFalse(run.out().contains("NaN") || run.out().contains("Infinity"));
    }

    @Test
    void textHasOneRowPerShapeThenThePublishedModels() {
        CliRun run = CliRun.of("shapes", "--params", "1.2e9", "--count", "4");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().strip().lines().toList();
        int published = lines.indexOf("published models within a factor of 2:");
        assertEquals(2 + 4, published, run.out());
        assertTrue(lines.get(2).contains("GPT-3 XL"), run.out());
        assertTrue(lines.stream().skip(published).anyMatch(l -> l.contains("GPT-3 XL") && l.contains("Table 2.1")));
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
