package org.scalingexplorer.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer reads every role through a --column mapping, as the fit command and the learning-curve import do. */
class RunImporterMappingTest {

    @TempDir
    Path dir;

    private static ColumnMapping mapping(String... specs) {
        return ColumnMapping.parse(List.of(specs), RunImporter.ROLES);
    }

    @Test
    void mappedColumnsPlayTheirRolesAndSeveralColumnsNameARun() throws IOException {
        Path file = dir.resolve("gadre-like.csv");
        Files.writeString(file, "name,model,params,params_no_embed,tokens,loss_c4_val,lr\n"
                + "a,d=96,10569312,5727840,52846560,5.97,0.003\n"
                + "b,d=512,78914048,51282944,394569600,4.01,0.003\n");
        RunImport total = RunImporter.read(file, mapping("loss=loss_c4_val", "name=model,lr"), List.of());
        assertEquals(10569312, total.runs().get(0).params());
        assertEquals(5.97, total.runs().get(0).loss());
        assertEquals("d=96/0.003", total.runs().get(0).name());

        RunImport nonEmbedding = RunImporter.read(file, mapping("params=params_no_embed", "loss=loss_c4_val"), List.of());
        assertEquals(5727840, nonEmbedding.runs().get(0).params());
        assertEquals(6 * 5727840.0 * 52846560, nonEmbedding.runs().get(0).flops(), 1e3, "C = 6ND with the mapped N");
    }

    @Test
    void aMappedColumnMissingFromTheHeaderNamesFileRoleAndColumn() throws IOException {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, "params,tokens,loss\n1e9,2e10,2.5\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RunImporter.read(file, mapping("params=N_no_emb"), List.of()));
        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("'n_no_emb' (mapped to params"), error.getMessage());
        IllegalArgumentException split = assertThrows(IllegalArgumentException.class,
                () -> RunImporter.read(file, ColumnMapping.identity(), List.of("config")));
        assertTrue(split.getMessage().contains("--split-by column 'config'"), split.getMessage());
    }

    @Test
    void twoOfParamsTokensAndFlopsGiveTheThirdByCEquals6ND() throws IOException {
        Path file = dir.resolve("llama-like.csv");
        Files.writeString(file, "compute_budget,training_tokens,validation_loss\n6e18,1.5e9,0.92\n6e18,x,0.91\n");
        RunImport imported = RunImporter.read(file,
                mapping("flops=compute_budget", "tokens=training_tokens", "loss=validation_loss"), List.of());
        assertEquals(1, imported.runs().size());
        assertEquals(6e18 / (6 * 1.5e9), imported.runs().get(0).params(), 1e-3);
        assertEquals(List.of(new RowProblem(3, "training_tokens (tokens)", "not a number: 'x'")), imported.problems());

        Path noParams = dir.resolve("no-params.csv");
        Files.writeString(noParams, "tokens,loss\n1e9,3\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> RunImporter.read(noParams));
        assertTrue(error.getMessage().contains("'params'"), error.getMessage());
    }

    @Test
    void splitKeysGroupRunsAndTheSameNumbersInTwoSplitsAreNotDuplicates() throws IOException {
        Path file = dir.resolve("porian-like.csv");
        Files.writeString(file, "dataset,config,flops,params,tokens,loss\n"
                + "rw,Cosine decay,1e17,1e7,1.6e9,3.9\n"
                + "owt2,Cosine decay,1e17,1e7,1.6e9,3.9\n"
                + "rw,Cosine decay,1e17,2e7,8e8,3.8\n"
                + "rw,Cosine decay,1e17,2e7,8e8,3.8\n");
        RunImport imported = RunImporter.read(file, ColumnMapping.identity(), List.of("dataset", "config"));
        Map<String, List<TrainingRun>> splits = imported.bySplit();
        assertEquals(List.of("rw/Cosine decay", "owt2/Cosine decay"), List.copyOf(splits.keySet()));
        assertEquals(2, splits.get("rw/Cosine decay").size());
        assertEquals(1, splits.get("owt2/Cosine decay").size());
        assertEquals(List.of(new RowProblem(5, "row", "duplicate of line 4")), imported.problems());
    }
}
