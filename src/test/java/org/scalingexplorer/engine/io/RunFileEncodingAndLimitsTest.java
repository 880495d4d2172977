package org.scalingexplorer.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.Limits;

/**
 * What a run file that is not plain UTF-8 CSV, or is far too large, turns into: a BOM is accepted;
 * UTF-16, Latin-1 and binary files are refused saying they are not UTF-8 and at which line; numbers a
 * user did not mean (hexadecimal, subnormal, outside physical ranges) are refused by line and field;
 * records, rows and files past their limits are refused by name; no message quotes more than a short
 * excerpt of what it refuses.
 */
class RunFileEncodingAndLimitsTest {

    private static final String RUNS = "params,tokens,loss\n1e9,2e10,2.5\n2e9,2e10,2.4\n4e9,2e10,2.3\n";

    @TempDir
    Path dir;

    @Test
    void aUtf8ByteOrderMarkBeforeTheHeaderIsAccepted() throws IOException {
        Path file = write("bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, RUNS.getBytes(StandardCharsets.UTF_8)));
        RunImport imported = RunImporter.read(file);
        assertTrue(imported.isClean(), imported.problems().toString());
        assertEquals(3, imported.runs().size());
        assertEquals(List.of(2, 3, 4), imported.lines(), "line numbers count from the header, BOM or not");
    }

    @Test
    void utf16IsRefusedSayingItIsNotUtf8() throws IOException {
        Path withBom = write("utf16.csv", RUNS.getBytes(StandardCharsets.UTF_16));
        assertRefused(withBom, "utf16.csv: line 1: is UTF-16 text, not UTF-8; save it as UTF-8");
        Path withoutBom = write("utf16le.csv", RUNS.getBytes(StandardCharsets.UTF_16LE));
        assertRefused(withoutBom, "utf16le.csv: line 1: holds a NUL byte at column 2: a binary file or UTF-16 text, not UTF-8 text");
    }

    @Test
    void latin1IsRefusedAtTheLineOfTheFirstByteThatIsNotUtf8() throws IOException {
        String text = RUNS + "8e9,2e10,2.2,café\n";
        Path file = write("latin1.csv", text.replace("params,tokens,loss", "params,tokens,loss,name")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(file, "latin1.csv: line 5: not UTF-8 text (byte 0xE9 at column 17); save the file as UTF-8");
    }

    @Test
    void aBinaryFileIsRefusedInOneLine() throws IOException {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        binary[0] = 0x7f;
        binary[1] = 'E';
        binary[2] = 'L';
        binary[3] = 'F';
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RunImporter.read(write("program.csv", binary)));
        assertTrue(error.getMessage().matches(".*program\\.csv: line \\d+: (not UTF-8 text|holds a NUL byte).*"), error.getMessage());
        assertTrue(error.getMessage().length() < 200, error.getMessage());
    }

    @Test
    void hexadecimalSubnormalAndUnphysicalNumbersAreRefusedByLineAndField() throws IOException {
        Path file = write("odd.csv", String.join("\n",
                "params,tokens,loss,flops",
                "0x1p30,2e10,2.5,",    // 2 hexadecimal float
                "1e9,1e-320,2.5,",     // 3 subnormal
                "1e9,2e10,8e108,",     // 4 a loss no model has
                "1e9,2e10,1e-400,",    // 5 underflows to 0
                "1e9d,2e10,2.5,",      // 6 Java type suffix
                "1e9,2e10,2.5,1e400",  // 7 overflows
                "1e9,2e10,Infinity,",  // 8
                "1e20,2e10,2.5,",      // 9 more parameters than anything trained
                "1e9,2e10,2.5,") + "\n"); // 10 fine
        RunImport imported = RunImporter.read(file);
        assertEquals(1, imported.runs().size(), imported.runs().toString());
        assertProblem(imported, 2, "params", "hexadecimal numbers are not accepted, got '0x1p30'");
        assertProblem(imported, 3, "tokens", "too small to tell from zero: 1e-320");
        assertProblem(imported, 4, "loss", "must be between 0.001 and 100 nats per token, got 8e108");
        assertProblem(imported, 5, "loss", "too small to tell from zero");
        assertProblem(imported, 6, "params", "not a number: '1e9d'");
        assertProblem(imported, 7, "flops", "must be finite");
        assertProblem(imported, 8, "loss", "must be finite");
        assertProblem(imported, 9, "params", "must be between 1 and 1e16 parameters, got 1e20");
        assertEquals(8, imported.problems().size(), imported.problems().toString());
    }

    @Test
    void aLongFieldIsQuotedAsAShortExcerpt() throws IOException {
        String longField = "x".repeat(60_000);
        Path file = write("long.csv", "params,tokens,loss\n" + longField + ",2e10,2.5\n1e9,2e10,2.5\n");
        RunImport imported = RunImporter.read(file);
        assertEquals(1, imported.runs().size());
        String message = imported.problems().get(0).toString();
        assertTrue(message.startsWith("line 2, params: not a number: 'xxxx"), message);
        assertTrue(message.contains("(60,000 characters)"), message);
        assertTrue(message.length() < 120, () -> message.length() + " characters: " + message.substring(0, 200));
    }

    @Test
    void aRecordPastTheLimitIsRefusedWithItsLine() throws IOException {
        String huge = "9".repeat(Limits.RECORD_CHARS + 10);
        Path file = write("huge.csv", RUNS + "1e9,2e10," + huge + "\n");
        assertRefused(file, "huge.csv: line 5: a record longer than 65,536 characters (the limit); is this a run file?");
    }

    @Test
    void anUnclosedQuoteIsRefusedWhereItOpens() throws IOException {
        StringBuilder text = new StringBuilder("params,tokens,loss,name\n1e9,2e10,2.5,\"open\n");
        while (text.length() < 2 * Limits.RECORD_CHARS) {
            text.append("1e9,2e10,2.5,a\n");
        }
        assertRefused(write("quote.csv", text.toString().getBytes(StandardCharsets.UTF_8)),
                "quote.csv: line 2: a quoted field runs on past 65,536 characters (the limit of a record); is a closing quote missing?");
    }

    @Test
    void malformedQuotingIsRefusedWithItsLineInOurWords() throws IOException {
        assertRefused(write("after-quote.csv", "params,tokens,loss,name\n1e9,2e10,2.5,\"a\"b\n"),
                "after-quote.csv: line 2: text follows a closing quote; a quote inside a quoted field is written twice (\"\")");
        assertRefused(write("open-quote.csv", "params,tokens,loss,name\n1e9,2e10,2.5,a\n1e9,3e10,2.4,\"b\n"),
                "open-quote.csv: line 3: a quoted field is not closed before the end of the file; is a closing quote missing?");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("giant.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(Limits.RUN_FILE_BYTES + 1);
        }
        assertRefused(file, "giant.csv: 268,435,457 bytes is larger than a run file may be (268,435,456 bytes, the limit)");
    }

    @Test
    void moreRowsThanTheLimitAreRefusedAtTheFirstRowPastIt() throws IOException {
        Path file = dir.resolve("many.csv");
        try (var out = new java.io.BufferedWriter(Files.newBufferedWriter(file), 1 << 16)) {
            out.write("params,tokens,loss\n");
            for (int i = 0; i <= Limits.RUN_FILE_ROWS; i++) {
                out.write("1e9,");
                out.write(Integer.toString(1_000_000 + i));
                out.write(",2.5\n");
            }
        }
        assertRefused(file, "many.csv: line 1000002: more than 1,000,000 rows (the limit of a run file); split the file");
    }

    @Test
    void aLongHeaderIsQuotedShort() throws IOException {
        String header = "p".repeat(30_000) + ",tokens,loss";
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RunImporter.read(write("header.csv", header + "\n1,2,3\n")));
        assertTrue(error.getMessage().contains("missing required column 'params'"), error.getMessage());
        assertTrue(error.getMessage().length() < 300, error.getMessage().length() + " characters");
    }

    private void assertRefused(Path file, String expectedTail) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> RunImporter.read(file));
        assertTrue(error.getMessage().endsWith(expectedTail), error.getMessage());
        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
        assertTrue(!error.getMessage().contains("\n"), "one line: " + error.getMessage());
    }

    private static void assertProblem(RunImport imported, int line, String field, String messagePart) {
        assertTrue(imported.problems().stream().anyMatch(p -> p.lineNumber() == line && p.field().equals(field)
                && p.message().contains(messagePart)), "expected line " + line + ", " + field + ": ..." + messagePart
                + "... among " + imported.problems());
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
