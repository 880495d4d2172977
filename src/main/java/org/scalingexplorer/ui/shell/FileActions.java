package org.scalingexplorer.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.io.SessionFile;
import org.scalingexplorer.engine.io.SessionFileException;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.export.ExportChoice;
import org.scalingexplorer.ui.export.ExportDialog;
import org.scalingexplorer.ui.export.ExportFormat;
import org.scalingexplorer.ui.export.ExportRequest;
import org.scalingexplorer.ui.export.FigureExporter;
import org.scalingexplorer.ui.export.PngExporter;
import org.scalingexplorer.ui.export.ReportDialog;
import org.scalingexplorer.ui.export.ReportExporter;
import org.scalingexplorer.ui.export.ReportRequest;
import org.scalingexplorer.ui.render.RenderRequest;
import org.scalingexplorer.ui.render.ViewFigure;
import org.scalingexplorer.ui.render.ViewFigures;
import org.scalingexplorer.ui.export.SnapshotCell;
import org.scalingexplorer.ui.export.SnapshotSource;
import java.util.Optional;
import javafx.scene.Node;
import org.scalingexplorer.ui.render.ViewModelSource;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.session.SessionController;
import org.scalingexplorer.ui.session.SessionState;

/**
 * The File menu's sessions and exports. Figures are built on the FX thread (a view may snapshot
 * JavaFX nodes); files are written on one worker thread so the window keeps answering. A refused
 * session or a failed write is shown in a dialog that names the file; nothing is overwritten.
 */
final class FileActions {

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "export");
        thread.setDaemon(true);
        return thread;
    });

    private final AppSettings settings;
    private final ScenarioModel scenario;
    private final ViewModelSource models;
    private final SessionController sessions;
    private final ResourceBundle bundle;
    private final ObservableValue<ChartStyle> chartStyle;
    private final Supplier<String> currentView;
    private final Supplier<Node> currentViewNode;
    private final Supplier<Window> window;
    private final StringProperty notice;

    FileActions(AppSettings settings, ViewModelSource models, SessionController sessions, ResourceBundle bundle,
                ObservableValue<ChartStyle> chartStyle, Supplier<String> currentView, Supplier<Node> currentViewNode,
                Supplier<Window> window,
                StringProperty notice) {
        this.settings = settings;
        this.models = models;
        this.scenario = models.scenario();
        this.sessions = sessions;
        this.bundle = bundle;
        this.chartStyle = chartStyle;
        this.currentView = currentView;
        this.currentViewNode = currentViewNode;
        this.window = window;
        this.notice = notice;
    }

    /** The items that go above Quit. */
    List<MenuItem> menuItems() {
        MenuItem open = item("menu.file.open", "mdi2f-folder-open-outline", "Shortcut+O", this::chooseAndOpen);
        open.setId("menu-open");
        MenuItem save = item("menu.file.save", "mdi2c-content-save-outline", "Shortcut+S", this::save);
        save.setId("menu-save");
        MenuItem saveAs = item("menu.file.saveAs", null, "Shortcut+Shift+S", this::saveAs);
        Menu recent = new Menu(bundle.getString("menu.file.recent"));
        recent.setId("menu-recent");
        fillRecent(recent);
        settings.recentSessions().addListener((javafx.collections.ListChangeListener<String>) c -> fillRecent(recent));
        MenuItem export = item("menu.file.export", "mdi2e-export", "Shortcut+E", this::exportView);
        export.setId("menu-export");
        MenuItem copy = item("menu.file.copyImage", "mdi2c-content-copy", "Shortcut+Shift+C", this::copyViewImage);
        MenuItem report = item("menu.file.report", "mdi2f-file-pdf-box", "Shortcut+R", this::exportReport);
        report.setId("menu-report");
        return List.of(open, recent, save, saveAs, new SeparatorMenuItem(), export, copy, report, new SeparatorMenuItem());
    }

    private MenuItem item(String key, String icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(bundle.getString(key), icon == null ? null : new FontIcon(icon));
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (String path : settings.recentSessions()) {
            MenuItem item = new MenuItem(path);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(Path.of(path)));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(bundle.getString("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem(bundle.getString("menu.file.recent.clear"));
            clear.setOnAction(e -> settings.recentSessions().clear());
            recent.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    private FileChooser sessionChooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(bundle.getString("session.fileType"), "*." + SessionFile.EXTENSION, "*.json"));
        Path current = sessions.fileProperty().get();
        if (current != null && current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        return chooser;
    }

    private void chooseAndOpen() {
        var file = sessionChooser().showOpenDialog(window.get());
        if (file != null) {
            open(file.toPath());
        }
    }

    /** Opens a session; a refusal names the file, line and field, and leaves window and file as they were. */
    void open(Path file) {
        try {
            sessions.open(file);
            settings.rememberSession(file);
            notice.set(MessageFormat.format(bundle.getString("session.opened"), file.getFileName()));
        } catch (SessionFileException e) {
            error(bundle.getString("session.openFailed"), e.getMessage());
        }
    }

    private void save() {
        Path file = sessions.fileProperty().get();
        if (file == null) {
            saveAs();
        } else {
            saveTo(file);
        }
    }

    private void saveAs() {
        FileChooser chooser = sessionChooser();
        if (sessions.fileProperty().get() == null) {
            chooser.setInitialFileName("session." + SessionFile.EXTENSION);
        }
        var file = chooser.showSaveDialog(window.get());
        if (file != null) {
            saveTo(file.toPath());
        }
    }

    void saveTo(Path file) {
        try {
            sessions.save(file);
            settings.rememberSession(file);
            notice.set(MessageFormat.format(bundle.getString("session.saved"), file.getFileName()));
        } catch (IOException e) {
            error(bundle.getString("session.saveFailed"), file + ": " + e.getMessage());
        }
    }

    private boolean exportable(String viewId) {
        for (String id : ViewFigures.ids()) {
            if (id.equals(viewId)) {
                return true;
            }
        }
        return false;
    }

    private void exportView() {
        String viewId = currentView.get();
        if (!exportable(viewId)) {
            error(bundle.getString("menu.file.export"), bundle.getString("export.unavailable"));
            return;
        }
        ViewFigure preview = ViewFigures.render(viewId, new RenderRequest(models, bundle, chartStyle.getValue()));
        List<String> cellNames = new ArrayList<>();
        for (var cell : preview.cells()) {
            cellNames.add(cell instanceof JFreeChart chart && chart.getTitle() != null ? chart.getTitle().getText() : null);
        }
        String viewTitle = bundle.getString("view." + viewId);
        new ExportDialog(window.get(), bundle, cellNames, viewTitle).showAndWait().ifPresent(result -> {
            ExportRequest request = request(viewId, result.choice());
            if (result.action() == ExportDialog.Action.COPY) {
                copy(request);
                return;
            }
            ExportFormat format = result.choice().format();
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + format.extension()));
            chooser.setInitialFileName(viewId + "." + format.extension());
            var file = chooser.showSaveDialog(window.get());
            if (file != null) {
                Path target = format.withExtension(file.toPath());
                write(target, () -> FigureExporter.export(request, format, target));
            }
        });
    }

    /**
     * The figure in the chosen colours, built here on the FX thread from the window's live view-models
     * (so it shows the budgets and sliders the user set), ready to be drawn anywhere.
     */
    ExportRequest request(String viewId, ExportChoice choice) {
        ChartStyle style = choice.printTheme() ? ChartStyle.PRINT : chartStyle.getValue();
        ViewFigure figure = ViewFigures.render(viewId, new RenderRequest(models, bundle, style));
        // A 3D view exports what is on screen: its snapshot (CSV keeps the plotted series instead).
        if (choice.format() != ExportFormat.CSV && currentViewNode.get() instanceof SnapshotSource source) {
            Optional<SnapshotCell> snapshot = source.snapshotCell();
            if (snapshot.isPresent()) {
                return new ExportRequest(new ViewFigure(List.of(snapshot.get()), 1), style, choice.widthPx(),
                        choice.heightPx(), choice.scale(), choice.title(), choice.caption());
            }
        }
        if (choice.cell() >= 0) {
            figure = new ViewFigure(List.of(figure.cells().get(choice.cell())), 1);
        }
        return new ExportRequest(figure, style, choice.widthPx(), choice.heightPx(), choice.scale(), choice.title(),
                choice.caption());
    }

    private void copyViewImage() {
        String viewId = currentView.get();
        if (!exportable(viewId)) {
            error(bundle.getString("menu.file.copyImage"), bundle.getString("export.unavailable"));
            return;
        }
        copy(request(viewId, new ExportChoice(ExportFormat.PNG, -1, 1600, 1000, 1, false, "", "")));
    }

    /** Draws on the worker, puts the image on the clipboard on the FX thread. */
    private void copy(ExportRequest request) {
        WORKER.submit(() -> {
            try {
                var image = PngExporter.image(request);
                Platform.runLater(() -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putImage(SwingFXUtils.toFXImage(image, null));
                    javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                    notice.set(bundle.getString("export.copied"));
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> error(bundle.getString("export.copy"), String.valueOf(e.getMessage())));
            }
        });
    }

    private void exportReport() {
        List<String> ids = new ArrayList<>();
        ViewFigures.ids().forEach(ids::add);
        new ReportDialog(window.get(), bundle, ids).showAndWait().ifPresent(result -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            chooser.setInitialFileName("report.pdf");
            var file = chooser.showSaveDialog(window.get());
            if (file == null) {
                return;
            }
            Path target = ExportFormat.PDF.withExtension(file.toPath());
            // The worker reads a copy of the scenario, never the live one the sliders change.
            ScenarioModel snapshot = new ScenarioModel();
            SessionState.apply(sessions.capture(), snapshot);
            ReportRequest request = new ReportRequest(result.viewIds(), snapshot, bundle,
                    result.printTheme() ? ChartStyle.PRINT : chartStyle.getValue(), result.title());
            List<ViewFigure> figures = ReportExporter.figures(request);
            write(target, () -> ReportExporter.export(request, figures, target));
        });
    }

    @FunctionalInterface
    private interface Writing {
        void run() throws IOException;
    }

    private void write(Path target, Writing writing) {
        WORKER.submit(() -> {
            try {
                writing.run();
                Platform.runLater(() -> notice.set(MessageFormat.format(bundle.getString("export.done"), target)));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> error(MessageFormat.format(bundle.getString("export.failed"), target.getFileName()),
                        target + ": " + e.getMessage()));
            }
        });
    }

    private void error(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(window.get());
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.getDialogPane().setId("file-error");
        alert.show();
    }
}
