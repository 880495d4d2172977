package org.scalingexplorer.ui.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.control.Lifetime;
import org.scalingexplorer.ui.lessons.LessonsPanel;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.ViewContext;
import org.scalingexplorer.ui.view.ViewModule;
import org.scalingexplorer.ui.view.ViewPane;

/**
 * The window's content in one language: menus, toolbar, sidebar, the view shown, the lessons panel and
 * the status bar. A language switch builds a new one and {@link #dispose disposes} this one: every
 * view it built and every listener it added to the long-lived models go with it.
 */
final class WindowContent {

    private final ExplorerModels models;
    private final ResourceBundle bundle;
    private final ObservableValue<ChartStyle> chartStyle;
    private final Lifetime lifetime = new Lifetime();
    private final BorderPane root = new BorderPane();
    private final ListView<ViewModule<?>> navigation = new ListView<>();
    private final StackPane viewHolder = new StackPane();
    private final SplitPane split = new SplitPane(viewHolder);
    private final LessonsPanel lessonsPanel;
    /** One node per view: going back to a view shows the same node, with its tab and scroll position. */
    private final Map<ViewModule<?>, ViewPane> built = new HashMap<>();
    private ViewPane shown;

    WindowContent(ExplorerModels models, ResourceBundle bundle, String languageTag,
                  ObservableValue<ChartStyle> chartStyle) {
        this.models = models;
        this.bundle = bundle;
        this.chartStyle = chartStyle;
        lessonsPanel = new LessonsPanel(models.lessons(), bundle, languageTag, chartStyle);
        root.getStylesheets().add(WindowContent.class.getResource("/org/scalingexplorer/ui/app.css").toExternalForm());
        navigation.setId("navigation");
        navigation.getItems().setAll(ViewRegistry.MODULES);
        navigation.setPrefWidth(190);
        navigation.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ViewModule<?> item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    setText(bundle.getString(item.titleKey()));
                    setGraphic(new FontIcon(item.iconLiteral()));
                    setTooltip(new Tooltip(bundle.getString(item.titleKey() + ".tooltip")));
                }
            }
        });
        root.setLeft(navigation);
        split.setId("view-and-lessons");
        root.setCenter(split);
    }

    Lifetime lifetime() {
        return lifetime;
    }

    BorderPane root() {
        return root;
    }

    ListView<ViewModule<?>> navigation() {
        return navigation;
    }

    void setBars(MenuBar menus, ToolBar toolbar, Node statusBar) {
        root.setTop(new VBox(menus, toolbar));
        root.setBottom(statusBar);
    }

    /** Shows a view, building its node the first time. */
    void show(ViewModule<?> module) {
        shown = built.computeIfAbsent(module, m -> models.createView(m, new ViewContext(bundle, chartStyle)));
        viewHolder.getChildren().setAll(shown);
        models.viewShown(module.id());
    }

    java.util.List<ViewPane> builtViews() {
        return java.util.List.copyOf(built.values());
    }

    /** The view on show, or null before the first. */
    ViewPane shown() {
        return shown;
    }

    ViewModule<?> shownModule() {
        return navigation.getSelectionModel().getSelectedItem();
    }

    void showLessons(boolean visible) {
        if (visible && !split.getItems().contains(lessonsPanel)) {
            split.getItems().add(lessonsPanel);
            split.setDividerPositions(0.72);
        } else if (!visible) {
            split.getItems().remove(lessonsPanel);
        }
    }

    /** The status bar: the law in use, the last action's notice, exports' progress and cancel, the units. */
    Node statusBar(ShellStatus status, ObservableValue<String> notice, ExportJobs jobs) {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(status.messageProperty());
        Label units = new Label(bundle.getString("status.units"));
        units.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label lastAction = new Label();
        lastAction.setId("status-notice");
        lastAction.textProperty().bind(notice);
        lastAction.getStyleClass().add("text-muted");
        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.setPrefWidth(120);
        progress.progressProperty().bind(jobs.progressProperty());
        Button cancel = new Button(null, new FontIcon("mdi2c-close-circle-outline"));
        cancel.setId("export-cancel");
        cancel.getStyleClass().add("flat");
        cancel.setTooltip(new Tooltip(bundle.getString("export.cancel.tooltip")));
        cancel.setOnAction(e -> jobs.cancel());
        HBox working = new HBox(4, progress, cancel);
        // Shown and hidden, never laid out anew: a status bar that changed height would resize every
        // chart above it, and redrawing them is the FX thread's work the export was moved away from.
        working.visibleProperty().bind(jobs.runningProperty());
        HBox bar = new HBox(12, message, spacer, working, lastAction, units);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    /** Ends every listener this content added to the models and disposes every view it built. */
    void dispose() {
        lifetime.end();
        built.values().forEach(ViewPane::dispose);
        built.clear();
        lessonsPanel.dispose();
        shown = null;
    }
}
