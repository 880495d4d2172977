package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class AllocateDataConstrainedTest {

    @Test
    void jsonHasTheAllocateKeysPlusUniqueTokensAndEpochs() {
        CliRun run = CliRun.of("allocate", "--law", "data-constrained", "--flops", "1e22", "--unique", "25e9", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals("data-constrained", json.get("law").asText());
        assertEquals(1e22, json.get("flops").asDouble());
        assertEquals(7.03e9, json.get("params").asDouble(), 7.03e9 * 0.01);
        assertEquals(2.37e11, json.get("tokens").asDouble(), 2.37e11 * 0.01);
        assertEquals(json.get("tokens").asDouble() / json.get("params").asDouble(),
                json.get("tokens_per_param").asDouble(), 1e-9);
        assertEquals(2.22213, json.get("loss").asDouble(), 1e-5);
        assertEquals(25e9, json.get("unique_tokens").asDouble());
        assertEquals(9.49, json.get("epochs").asDouble(), 0.01);
    }

    @Test
    void textShowsTheFreshDataOptimumAlongside() {
        CliRun run = CliRun.of("allocate", "--law", "data-constrained", "--flops", "1e22", "--unique", "25e9");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("epochs            9.49"), run.out());
        assertTrue(run.out().contains("with fresh data   params 9.218e+09"), run.out());
    }

    @Test
    void otherLawsKeepTheirKeysAndRefuseUnique() {
        JsonNode json = CliRun.of("allocate", "--flops", "5.76e23", "--json").json();
        assertEquals("chinchilla", json.get("law").asText());
        assertFalse(json.has("unique_tokens"));

        RepeatCommandTest.assertBadArgument(CliRun.of("allocate", "--flops", "1e22", "--unique", "25e9"),
                "--unique", "chinchilla");
        RepeatCommandTest.assertBadArgument(CliRun.of("allocate", "--law", "data-constrained", "--flops", "1e22"),
                "--unique", "data-constrained");
        RepeatCommandTest.assertBadArgument(CliRun.of("allocate", "--law", "data-constrained", "--flops", "1e22",
                "--unique", "-1"), "--unique", "got -1");
        RepeatCommandTest.assertBadArgument(CliRun.of("allocate", "--law", "chinchila", "--flops", "1e22"),
                "data-constrained", "chinchila");
        RepeatCommandTest.assertBadArgument(CliRun.of("allocate", "--law", "data-constrained", "--flops", "NaN",
                "--unique", "25e9"), "flops", "NaN");
    }
}
