package org.scalingexplorer.ui.shell;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.SnapshotCell;
import org.scalingexplorer.ui.export.ExportChoice;
import org.scalingexplorer.ui.export.ExportDialog;
import org.scalingexplorer.ui.export.ExportFormat;
import org.scalingexplorer.ui.export.ExportRequest;
import org.scalingexplorer.ui.export.FigureExporter;
import org.scalingexplorer.ui.export.PngExporter;
import org.scalingexplorer.ui.export.ReportDialog;
import org.scalingexplorer.ui.export.ReportExporter;
import org.scalingexplorer.ui.export.ReportRequest;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ViewFigure;
import org.scalingexplorer.ui.view.ViewPane;

/**
 * The File menu's exports: a view to PNG, SVG, PDF or CSV, a view to the clipboard, and the PDF
 * report. Each draws what the window shows now: on the FX thread it only reads the view-models'
 * current results (and, for the 3D surface, takes its snapshot); drawing and writing run in
 * {@link ExportJobs}, with progress and cancel.
 */
final class ExportActions {

    private final ExplorerModels models;
    private final ResourceBundle bundle;
    private final ObservableValue<ChartStyle> chartStyle;
    private final Supplier<String> currentView;
    private final Supplier<ViewPane> currentViewNode;
    private final Supplier<Window> window;
    private final ExportJobs jobs;
    private final Consumer<String> notice;

    ExportActions(ExplorerModels models, ResourceBundle bundle, ObservableValue<ChartStyle> chartStyle,
                  Supplier<String> currentView, Supplier<ViewPane> currentViewNode, Supplier<Window> window,
                  ExportJobs jobs, Consumer<String> notice) {
        this.models = models;
        this.bundle = bundle;
        this.chartStyle = chartStyle;
        this.currentView = currentView;
        this.currentViewNode = currentViewNode;
        this.window = window;
        this.jobs = jobs;
        this.notice = notice;
    }

    List<MenuItem> menuItems() {
        MenuItem export = FileMenuItems.item(bundle, "menu.file.export", "mdi2e-export", "Shortcut+E", this::exportView);
        export.setId("menu-export");
        MenuItem copy = FileMenuItems.item(bundle, "menu.file.copyImage", "mdi2c-content-copy", "Shortcut+Shift+C",
                this::copyViewImage);
        MenuItem report = FileMenuItems.item(bundle, "menu.file.report", "mdi2f-file-pdf-box", "Shortcut+R",
                this::exportReport);
        report.setId("menu-report");
        return List.of(export, copy, report);
    }

    /** What the view shows now, read on the FX thread: its draft and, for the 3D surface, its snapshot. */
    private record Shown(String viewId, FigureDraft draft, Optional<SnapshotCell> snapshot) {
    }

    private Shown shown() {
        String viewId = currentView.get();
        ViewPane node = currentViewNode.get();
        return new Shown(viewId, models.figure(viewId),
                node == null ? Optional.empty() : node.snapshotCell());
    }

    private void exportView() {
        Shown shown = shown();
        String viewTitle = bundle.getString(ViewRegistry.require(shown.viewId()).titleKey());
        // The dialog lists the figure's charts by title: drawn off the FX thread like the export itself.
        jobs.start(progress -> cellNames(shown.draft().draw(new FigureContext(bundle, chartStyle.getValue()))),
                names -> new ExportDialog(window.get(), bundle, names, viewTitle).showAndWait().ifPresent(result -> {
                    if (result.action() == ExportDialog.Action.COPY) {
                        copy(shown, result.choice());
                        return;
                    }
                    ExportFormat format = result.choice().format();
                    FileChooser chooser = new FileChooser();
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(),
                            "*." + format.extension()));
                    chooser.setInitialFileName(shown.viewId() + "." + format.extension());
                    var file = chooser.showSaveDialog(window.get());
                    if (file != null) {
                        export(shown, result.choice(), format.withExtension(file.toPath()));
                    }
                }), bundle.getString("menu.file.export"));
    }

    private static List<String> cellNames(ViewFigure figure) {
        List<String> names = new ArrayList<>();
        for (var cell : figure.cells()) {
            names.add(cell instanceof JFreeChart chart && chart.getTitle() != null ? chart.getTitle().getText() : null);
        }
        return names;
    }

    /** Exports the view shown now in the background; the status bar shows progress, a dialog any failure. */
    void exportTo(Path target, ExportChoice choice) {
        export(shown(), choice, target);
    }

    private void export(Shown shown, ExportChoice choice, Path target) {
        ChartStyle style = style(choice);
        jobs.start(progress -> {
            ExportRequest request = request(shown, choice, style);
            progress.update(0.3);
            FigureExporter.export(request, choice.format(), target);
            return target;
        }, written -> notice.accept(MessageFormat.format(bundle.getString("export.done"), written)),
                MessageFormat.format(bundle.getString("export.failed"), target.getFileName()));
    }

    /** The figure of a view as the window shows it, in the chosen colours; drawn on the calling thread. */
    ExportRequest request(String viewId, ExportChoice choice) {
        return request(new Shown(viewId, models.figure(viewId), Optional.empty()), choice, style(choice));
    }

    private ChartStyle style(ExportChoice choice) {
        return choice.printTheme() ? ChartStyle.PRINT : chartStyle.getValue();
    }

    private ExportRequest request(Shown shown, ExportChoice choice, ChartStyle style) {
        ViewFigure figure;
        if (choice.format() != ExportFormat.CSV && shown.snapshot().isPresent()) {
            // A 3D view exports what is on screen: its snapshot (CSV keeps the plotted series instead).
            figure = new ViewFigure(List.of(shown.snapshot().get()), 1);
        } else {
            figure = shown.draft().draw(new FigureContext(bundle, style));
            if (choice.cell() >= 0) {
                figure = new ViewFigure(List.of(figure.cells().get(choice.cell())), 1);
            }
        }
        return new ExportRequest(figure, style, choice.widthPx(), choice.heightPx(), choice.scale(), choice.title(),
                choice.caption());
    }

    private void copyViewImage() {
        copy(shown(), new ExportChoice(ExportFormat.PNG, -1, 1600, 1000, 1, false, "", ""));
    }

    /** Draws in the background, puts the image on the clipboard on the FX thread. */
    private void copy(Shown shown, ExportChoice choice) {
        ChartStyle style = style(choice);
        jobs.start(progress -> PngExporter.image(request(shown, choice, style)), image -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(SwingFXUtils.toFXImage(image, null));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            notice.accept(bundle.getString("export.copied"));
        }, bundle.getString("export.copy"));
    }

    private void exportReport() {
        new ReportDialog(window.get(), bundle, ViewRegistry.ids()).showAndWait().ifPresent(result -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            chooser.setInitialFileName("report.pdf");
            var file = chooser.showSaveDialog(window.get());
            if (file != null) {
                reportTo(ExportFormat.PDF.withExtension(file.toPath()), result.viewIds(), result.title(),
                        result.printTheme());
            }
        });
    }

    /** Writes the report of the views as each shows now (its own budget, pools, runs, study), in the background. */
    void reportTo(Path target, List<String> viewIds, String title, boolean printTheme) {
        List<FigureDraft> drafts = viewIds.stream().map(models::figure).toList();
        ReportRequest request = new ReportRequest(viewIds, models.scenario().activePreset(), models.scenario().laws(),
                bundle, printTheme ? ChartStyle.PRINT : chartStyle.getValue(), title);
        jobs.start(progress -> {
            List<ViewFigure> figures = new ArrayList<>();
            for (FigureDraft draft : drafts) {
                figures.add(draft.draw(new FigureContext(bundle, request.style())));
                progress.update(0.5 * figures.size() / drafts.size());
            }
            ReportExporter.export(request, figures, target);
            return target;
        }, written -> notice.accept(MessageFormat.format(bundle.getString("report.done"), written)),
                MessageFormat.format(bundle.getString("export.failed"), target.getFileName()));
    }
}
