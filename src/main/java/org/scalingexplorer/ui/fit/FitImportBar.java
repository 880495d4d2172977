package org.scalingexplorer.ui.fit;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.ui.control.Lifetime;
import org.scalingexplorer.ui.fit.FitViewModel.Status;

/** The Fit view's top bar: open a file or load the sample, progress and cancel, where the runs came from. */
final class FitImportBar extends VBox {
    /** The least width, in lines of type, the texts keep beside the buttons before they move under them. */
    private static final double TEXT_MIN_EMS = 18;

    private final FitViewModel viewModel;
    private final FitWidgets widgets;

    FitImportBar(FitViewModel viewModel, FitWidgets widgets, Runnable chooseFile, Lifetime lifetime) {
        this.viewModel = viewModel;
        this.widgets = widgets;
        Button open = new Button(widgets.text("fit.open"), new FontIcon("mdi2f-folder-open-outline"));
        open.setId("fit-open");
        open.setTooltip(new Tooltip(widgets.text("fit.open.tooltip")));
        open.setOnAction(e -> chooseFile.run());
        open.disableProperty().bind(viewModel.busyBinding());

        Button sample = new Button(widgets.text("fit.sample"), new FontIcon("mdi2d-database-import-outline"));
        sample.setId("fit-sample");
        sample.setTooltip(new Tooltip(widgets.text("fit.sample.tooltip")));
        sample.setOnAction(e -> viewModel.loadSample());
        sample.disableProperty().bind(viewModel.busyBinding());

        Label source = new Label();
        source.setId("fit-source");
        source.setWrapText(true);
        source.textProperty().bind(Bindings.createStringBinding(this::sourceText, viewModel.loadedProperty()));
        source.getStyleClass().add("text-bold");

        ProgressBar progress = new ProgressBar();
        progress.setId("fit-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(Bindings.when(viewModel.fittingProperty())
                .then(viewModel.fitProgressProperty()).otherwise(viewModel.loadProgressProperty()));
        Button cancel = new Button(widgets.text("fit.cancel"), new FontIcon("mdi2c-close-circle-outline"));
        cancel.setId("fit-cancel");
        cancel.setTooltip(new Tooltip(widgets.text("fit.cancel.tooltip")));
        cancel.setOnAction(e -> {
            viewModel.cancelLoad();
            viewModel.cancelFit();
        });
        HBox working = new HBox(8, progress, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(viewModel.busyBinding());
        working.managedProperty().bind(viewModel.busyBinding());

        Label status = new Label();
        status.setId("fit-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(this::statusText, viewModel.statusProperty(),
                viewModel.loadProgressProperty(), viewModel.fitProgressProperty(), viewModel.errorMessageProperty()));
        lifetime.follow(viewModel.statusProperty(), now -> status.pseudoClassStateChanged(FitWidgets.DANGER,
                now == Status.LOAD_FAILED || now == Status.FIT_FAILED));

        for (Button button : List.of(open, sample, cancel)) {
            button.setMinWidth(Button.USE_PREF_SIZE);
        }
        status.setMaxWidth(Double.MAX_VALUE);
        VBox texts = new VBox(2, source, status);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox row = new HBox(10, open, sample, working, texts);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(row);
        setSpacing(6);
        setPadding(new Insets(8, 10, 4, 10));
        // Beside the buttons while the texts keep a readable width, under them where they would not:
        // presentation mode's large type at 1280 px squeezed them into a column a word wide.
        // Every watched property belongs to this bar or its children and goes with them.
        Runnable place = () -> place(row, texts, source.getFont().getSize());
        widthProperty().addListener((obs, old, now) -> place.run());
        source.fontProperty().addListener((obs, old, now) -> place.run());
        working.managedProperty().addListener((obs, old, now) -> place.run());
    }

    private void place(HBox row, VBox texts, double fontSize) {
        double buttons = 0;
        for (javafx.scene.Node node : row.getChildren()) {
            if (node != texts && node.isManaged()) {
                buttons += node.prefWidth(-1) + row.getSpacing();
            }
        }
        boolean beside = getWidth() - getInsets().getLeft() - getInsets().getRight() - buttons >= TEXT_MIN_EMS * fontSize;
        if (beside && texts.getParent() != row) {
            getChildren().remove(texts);
            row.getChildren().add(texts);
        } else if (!beside && texts.getParent() == row) {
            row.getChildren().remove(texts);
            getChildren().add(texts);
        }
    }

    private String sourceText() {
        FitViewModel.LoadedRuns loaded = viewModel.loaded();
        if (loaded == null) {
            return widgets.text("fit.source.none");
        }
        return loaded.sample() ? widgets.text("fit.source.sample") : widgets.format("fit.source.file", loaded.source());
    }

    private String statusText() {
        return switch (viewModel.status()) {
            case EMPTY -> widgets.text("fit.status.empty");
            case LOADING -> widgets.format("fit.status.loading", percent(viewModel.loadProgressProperty().get()));
            case LOADED -> widgets.format("fit.status.loaded", viewModel.runs().size(), viewModel.problems().size());
            case LOAD_FAILED -> widgets.format("fit.status.loadFailed", viewModel.errorMessageProperty().get());
            case LOAD_CANCELLED -> widgets.text("fit.status.loadCancelled");
            case FITTING -> widgets.format("fit.status.fitting", percent(viewModel.fitProgressProperty().get()));
            case FITTED -> widgets.format("fit.status.fitted",
                    viewModel.result() == null ? 0 : viewModel.result().fittedRuns());
            case FIT_FAILED -> widgets.format("fit.status.fitFailed", viewModel.errorMessageProperty().get());
            case FIT_CANCELLED -> widgets.text("fit.status.fitCancelled");
        };
    }

    private static String percent(double fraction) {
        return fraction < 0 ? "" : Math.round(100 * fraction) + "%";
    }
}
