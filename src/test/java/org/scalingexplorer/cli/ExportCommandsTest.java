package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.io.SessionFile;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.export.PngExporter;

/** render to every format by extension, with a session; report from a session. */
class ExportCommandsTest {

    @TempDir
    Path dir;

    private Path session() throws Exception {
        Path file = dir.resolve("work.slx.json");
        Session session = new Session(LawPreset.KAPLAN_2020, Map.of(LawPreset.CHINCHILLA_2022,
                LawPreset.CHINCHILLA_2022.law().withConstant(ChinchillaLaw.E, 1.7777)), "power-laws", null, null, null, null);
        SessionFile.write(session, file);
        return file;
    }

    @Test
    void renderChoosesTheFormatByExtension() throws Exception {
        Path session = session();
        for (String extension : new String[] {"png", "svg", "pdf", "csv"}) {
            Path out = dir.resolve("power-laws." + extension);
            CliRun run = CliRun.of("render", "--view", "power-laws", "--out", out.toString(), "--session", session.toString(),
                    "--scale", "3", "--theme", "print");
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(Files.size(out) > 1000, out + " is nearly empty");
        }
        assertEquals(288, PngExporter.readDpi(dir.resolve("power-laws.png")), 0.1);
        assertTrue(Files.readString(dir.resolve("power-laws.svg")).contains(">Parameters N</text>"));
        // The session's E = 1.7777 is drawn, not the published 1.69.
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("power-laws.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("E = 1.7777"));
        }
    }

    @Test
    void reportWritesOnePagePerViewAndTheConstants() throws Exception {
        Path out = dir.resolve("report.pdf");
        CliRun run = CliRun.of("report", "--session", session().toString(), "--out", out.toString(),
                "--views", "power-laws,power-laws");
        assertEquals(0, run.exitCode(), run.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            // Two views, then the constants and sources of the five laws, which take one or two pages.
            int pages = pdf.getNumberOfPages();
            assertTrue(pages == 3 || pages == 4, pages + " pages");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Active law: Kaplan 2020"), text);
            assertTrue(text.contains("1.7777"), text);
        }
    }

    @Test
    void badSessionAndBadFormatAreOneLineErrors() throws Exception {
        Path broken = dir.resolve("broken.slx.json");
        Files.writeString(broken, "{\"format_version\": \"1.0\", \"laws\": {");
        byte[] before = Files.readAllBytes(broken);
        CliRun run = CliRun.of("render", "--out", dir.resolve("x.png").toString(), "--session", broken.toString());
        assertEquals(ExplorerCommand.BAD_ARGUMENT, run.exitCode());
        assertTrue(run.err().startsWith("error: " + broken + ": line 1"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertArrayEquals(before, Files.readAllBytes(broken));

        run = CliRun.of("render", "--out", dir.resolve("x.gif").toString());
        assertEquals(ExplorerCommand.BAD_ARGUMENT, run.exitCode());
        assertTrue(run.err().contains("x.gif"), run.err());

        run = CliRun.of("report", "--out", dir.resolve("r.pdf").toString(), "--views", "nowhere");
        assertEquals(ExplorerCommand.BAD_ARGUMENT, run.exitCode());
        assertTrue(run.err().contains("nowhere"), run.err());
    }
}
