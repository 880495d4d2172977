package org.scalingexplorer.engine.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.io.ColumnMapping;
import org.scalingexplorer.engine.io.RowProblem;

/** The byte-level reading of CSV and TSV: line ends, quoting, encodings and limits, and lines across buffer refills. */
class CurveReaderBytesTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Path write(String name, String content) throws Exception {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(CurveImport imported) {
        return imported.problems().stream().map(RowProblem::toString).toList();
    }

    @Test
    void windowsAndOldMacLineEndsCountLinesAsAnEditorDoes() throws Exception {
        Path crlf = write("crlf.csv", "run,step,loss\r\na,1,3.0\r\n\r\na,2,oops\r\na,3,2.5\r\n");
        CurveImport imported = CurveReader.read(crlf, ColumnMapping.identity(), null);
        assertEquals(2, imported.checkpoints());
        assertEquals(List.of("line 4, loss: not a number: 'oops'"), problems(imported));
        Path cr = write("cr.csv", "run,step,loss\ra,1,3.0\ra,2,x\r");
        assertEquals(List.of("line 3, loss: not a number: 'x'"), problems(CurveReader.read(cr, ColumnMapping.identity(), null)));
    }

    @Test
    void aTrackerExportWithEveryFieldQuotedLoadsWithoutTheCsvParser() throws Exception {
        Path file = write("export.csv", "\"Name\",\"_step\",\"eval/loss\",\"note\"\n"
                + "\"run-1\",\"100\",\"3.2\",\"a, b\"\n"
                + "\"run-1\",\"200\",\"2.9\",\"\"\n"
                + "\"run-2\",\"100\",\"3.1\",\"say \"\"hi\"\"\"\n");
        CurveImport imported = CurveReader.read(file, ColumnMapping.parse(List.of("run=Name", "loss=eval/loss"),
                CurveRoles.ALL), null);
        assertEquals(List.of("run-1", "run-2"), imported.curves().stream().map(LearningCurve::name).toList());
        assertEquals(2.9, imported.curves().get(0).loss(1));
        assertEquals(4, imported.curves().get(1).line(0), "the row with an escaped quote, read by Commons CSV");
        assertTrue(imported.problems().isEmpty(), problems(imported).toString());
    }

    @Test
    void runNamesInAnyScriptAndATrailingDelimiter() throws Exception {
        Path file = write("names.tsv", "模型\tseed\tstep\tloss\t\n小\t1\t1\t3.0\t\n小\t1\t2\t2.8\t\nmodèle\t2\t1\t3.1\t\n");
        CurveImport imported = CurveReader.read(file, ColumnMapping.parse(List.of("run=模型,seed"), CurveRoles.ALL), null);
        assertEquals(List.of("小/1", "modèle/2"), imported.curves().stream().map(LearningCurve::name).toList());
        assertEquals(2, imported.curves().get(0).size());
    }

    @Test
    void whatIsNotUtf8TextIsRefusedWithItsLineAndColumn() throws Exception {
        Path nul = write("nul.csv", "run,step,loss\na,1,3\u0000\n".getBytes(StandardCharsets.UTF_8));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CurveReader.read(nul, ColumnMapping.identity(), null));
        assertEquals(nul + ": line 2: holds a NUL byte at column 6: a binary file or UTF-16 text, not UTF-8 text", e.getMessage());

        Path utf16 = write("utf16.csv", "run,step,loss\n".getBytes(StandardCharsets.UTF_16));
        e = assertThrows(IllegalArgumentException.class, () -> CurveReader.read(utf16, ColumnMapping.identity(), null));
        assertEquals(utf16 + ": line 1: is UTF-16 text, not UTF-8; save it as UTF-8", e.getMessage());

        Path bad = write("overlong.csv", "run,step,loss\n中,1,3\n".getBytes(StandardCharsets.UTF_8));
        Files.write(bad, new byte[] {'x', (byte) 0xC0, (byte) 0xAF, ',', '2', ',', '3', '\n'},
                java.nio.file.StandardOpenOption.APPEND);
        e = assertThrows(IllegalArgumentException.class, () -> CurveReader.read(bad, ColumnMapping.identity(), null));
        assertEquals(bad + ": line 3: not UTF-8 text (byte 0xC0 at column 2); save the file as UTF-8", e.getMessage());
    }

    @Test
    void aLineLongerThanARecordMayBeIsRefused() throws Exception {
        Path file = write("long.csv", "run,step,loss\na,1," + "3".repeat(70_000) + "\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CurveReader.read(file, ColumnMapping.identity(), null));
        assertTrue(e.getMessage().startsWith(file + ": line 2: a record longer than 65,536 characters"), e.getMessage());
    }

    /** Three megabytes: lines, a CRLF and a quoted field over two lines fall across the reader's 1 MB refills. */
    @Test
    void linesAcrossBufferRefillsKeepTheirFieldsAndNumbers() throws Exception {
        StringBuilder content = new StringBuilder("run,step,loss,note\r\n");
        int rows = 0;
        int quotedLine = -1;
        int line = 1;
        while (content.length() < 3_000_000) {
            rows++;
            line++;
            if (rows % 9000 == 0 && quotedLine < 0 && content.length() > 1_040_000) {
                quotedLine = line;
                content.append("q,").append(rows).append(",2.5,\"two\r\nlines\"\r\n");
                line++;
                continue;
            }
            content.append("r").append(rows % 7).append(',').append(rows).append(',')
                    .append(2 + 1.0 / rows).append(",n\r\n");
        }
        Path file = write("big.csv", content.toString());
        CurveImport imported = CurveReader.read(file, ColumnMapping.identity(), null);
        assertEquals(rows, imported.rowsRead());
        assertEquals(rows, imported.checkpoints());
        assertTrue(imported.problems().isEmpty(), problems(imported).toString());
        LearningCurve quoted = imported.curves().stream().filter(c -> c.name().equals("q")).findFirst().orElseThrow();
        assertEquals(quotedLine, quoted.line(0));
        for (LearningCurve curve : imported.curves()) {
            for (int i = 0; i < curve.size(); i++) {
                if (!curve.name().equals("q")) {
                    assertEquals(2 + 1.0 / curve.step(i), curve.loss(i), curve.name() + " at " + curve.step(i));
                }
            }
        }
    }

    @Test
    void aSecondCountWithoutEmbeddingsIsKeptPerRun() throws Exception {
        Path file = write("counts.csv", """
                run,step,tokens,loss,N,N_no_emb,C
                a,1,1e6,3.0,2e8,1.5e8,1.2e15
                a,2,2e6,2.8,2e8,1.5e8,2.4e15
                b,1,1e6,3.1,1e8,0.6e8,6e14
                b,2,2e6,2.9,1e8,0.7e8,1.2e15
                """);
        CurveImport imported = CurveReader.read(file, ColumnMapping.parse(List.of("params=N",
                "non_embedding_params=N_no_emb", "flops=C"), CurveRoles.WITH_SECOND_COUNT), null);
        LearningCurve a = imported.curves().get(0);
        assertEquals(2e8, a.params());
        assertEquals(1.5e8, a.nonEmbeddingParams());
        LearningCurve counted = a.countedWithoutEmbeddings();
        assertEquals(1.5e8, counted.params());
        assertEquals(a.flops(1), counted.flops(1), "only what N means changes, not the compute");
        assertEquals(List.of("line 5, n_no_emb (non_embedding_params): run 'b' has non_embedding_params 6.0E7 from an "
                + "earlier row, got 0.7e8"), problems(imported));
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse(List.of("non_embedding_params=N"),
                CurveRoles.ALL), "the command line's --column keeps its roles");
    }
}
