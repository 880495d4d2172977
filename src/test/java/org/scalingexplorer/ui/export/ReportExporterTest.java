package org.scalingexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.WorkMode;

/** The report: a page per view, then the constants (changed ones marked) and the papers. */
class ReportExporterTest {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("org.scalingexplorer.ui.messages",
            Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    @Test
    void onePagePerViewThenTheConstantsAndSources(@TempDir Path dir) throws Exception {
        ScenarioModel scenario = new ScenarioModel();
        scenario.setConstant(LawPreset.CHINCHILLA_2022, ChinchillaLaw.ALPHA, 0.4125);
        List<String> views = List.of("power-laws", "power-laws", "power-laws");
        Path pdf = dir.resolve("report.pdf");
        ExplorerModels models = new ExplorerModels(WorkMode.INLINE);
        models.scenario().setLaw(LawPreset.CHINCHILLA_2022, scenario.law(LawPreset.CHINCHILLA_2022));
        ReportRequest request = new ReportRequest(views, scenario.activePreset(), scenario.laws(), ENGLISH,
                ChartStyle.PRINT, "Budget memo");
        ReportExporter.export(request, views.stream()
                .map(id -> models.figure(id).draw(new FigureContext(ENGLISH, ChartStyle.PRINT))).toList(), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // The three views, then the constants and sources (five laws fill more than one page).
            int pages = document.getNumberOfPages();
            assertTrue(pages == views.size() + 1 || pages == views.size() + 2, pages + " pages");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= views.size(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertTrue(text.contains("Power laws"), "page " + page + ":\n" + text);
                assertTrue(text.contains("Parameters N"), "page " + page + " has no axis label:\n" + text);
                assertTrue(text.contains("page " + page + " of " + pages), text);
            }
            stripper.setStartPage(4);
            stripper.setEndPage(pages);
            String constants = stripper.getText(document);
            assertTrue(constants.contains("Law constants and sources"), constants);
            assertTrue(constants.contains("0.4125"), "the user's alpha is missing:\n" + constants);
            assertTrue(constants.contains("changed"), constants);
            for (LawPreset preset : LawPreset.values()) {
                assertTrue(constants.contains("arXiv:" + preset.citation().arxivId()), preset + ":\n" + constants);
            }
            assertEquals("Budget memo", document.getDocumentInformation().getTitle());
        }
    }
}
