package org.scalingexplorer.ui.fit;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.fit.FormScore;
import org.scalingexplorer.engine.fit.HeldOutPrediction;
import org.scalingexplorer.engine.fit.TrustWarning;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.control.Lifetime;

/**
 * What says how far to trust the fit shown: the cross-validated comparison of forms with the chosen
 * one marked, every held-out run with its prediction, 95% interval and error, the warnings (each
 * naming its runs), and "Use this fit as the law". Binds and formats; computes nothing.
 */
final class FitTrustPanel extends VBox {

    private static final int MAX_RUNS_NAMED = 6;

    private final FitWidgets widgets;
    private final ObservableList<FormScore> scores = FXCollections.observableArrayList();
    private final ObservableList<HeldOutPrediction> heldOut = FXCollections.observableArrayList();
    private final VBox warnings = new VBox(4);
    private final Label warningsHeading;
    private final Label lawReport = new Label();
    private String chosenForm = "";

    FitTrustPanel(FitViewModel viewModel, FitWidgets widgets, Lifetime lifetime) {
        this.widgets = widgets;
        warningsHeading = heading("fit.warnings.heading");
        warnings.setId("fit-warnings");
        Node warningSection = section(new VBox(6, warningsHeading, warnings), Bindings.isNotEmpty(warnings.getChildren()));
        setSpacing(10);
        getChildren().addAll(formsSection(), heldOutSection(), warningSection, lawSection(viewModel.lawUse(), lifetime));
        lifetime.follow(viewModel.resultProperty(), this::show);
    }

    private Label heading(String key) {
        Label heading = new Label(widgets.text(key));
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        return heading;
    }

    private static Node section(VBox box, javafx.beans.binding.BooleanExpression shown) {
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node formsSection() {
        TableView<FormScore> table = new TableView<>(scores);
        table.setId("fit-forms");
        TableColumn<FormScore, String> cvError = widgets.column("fit.forms.column.cvError",
                s -> s.fitted() ? FitText.percent(s.cvMeanRelError()) : widgets.text("fit.forms.notFitted"));
        FitWidgets.fixWidth(cvError, 96);
        TableColumn<FormScore, String> objective = widgets.column("fit.forms.column.objective",
                s -> s.fitted() ? String.format(Locale.ROOT, "%.4g", s.objective()) : "–");
        FitWidgets.fixWidth(objective, 96);
        table.getColumns().add(cvError);
        table.getColumns().add(objective);
        // The form's name is the widest text: it takes the width left, as the first column.
        table.getColumns().add(0, widgets.column("fit.forms.column.form",
                s -> (s.form().equals(chosenForm) ? "✓ " : "") + widgets.text("fit.form." + s.form())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setTooltip(widgets.wrapped("fit.forms.tooltip"));
        FitWidgets.fitHeightToRows(table, scores);
        return section(new VBox(6, heading("fit.forms.heading"), table), Bindings.isNotEmpty(scores));
    }

    private Node heldOutSection() {
        TableView<HeldOutPrediction> table = new TableView<>(heldOut);
        table.setId("fit-heldout");
        TableColumn<HeldOutPrediction, String> run = widgets.column("fit.heldout.column.run", p -> p.run().name().isEmpty()
                ? QuantityFormat.count(p.run().params()) : p.run().name());
        FitWidgets.fixWidth(run, 84);
        TableColumn<HeldOutPrediction, String> loss = widgets.column("fit.heldout.column.loss",
                p -> lossText(p.run().loss()) + " → " + lossText(p.predicted()));
        FitWidgets.fixWidth(loss, 120);
        TableColumn<HeldOutPrediction, String> interval = widgets.column("fit.heldout.column.interval",
                p -> widgets.format("fit.interval", lossText(p.low95()), lossText(p.high95())));
        FitWidgets.fixWidth(interval, 132);
        table.getColumns().add(run);
        table.getColumns().add(loss);
        table.getColumns().add(interval);
        table.getColumns().add(widgets.column("fit.heldout.column.error",
                p -> FitText.percent(p.relativeError()) + (p.insideInterval() ? "" : " !")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setTooltip(widgets.wrapped("fit.heldout.tooltip"));
        FitWidgets.fitHeightToRows(table, heldOut);
        // Long hold-outs scroll inside the table rather than stretching the panel.
        table.prefHeightProperty().unbind();
        table.minHeightProperty().unbind();
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> (Math.min(Math.max(heldOut.size(), 1), 10) + 1.7) * FitWidgets.TABLE_ROW_HEIGHT, heldOut));
        table.minHeightProperty().bind(table.prefHeightProperty());
        return section(new VBox(6, heading("fit.heldout.heading"), table), Bindings.isNotEmpty(heldOut));
    }

    /** Three decimals: enough to tell a held-out loss from its prediction, short enough for four columns. */
    private static String lossText(double loss) {
        return String.format(Locale.ROOT, "%.3f", loss);
    }

    private Node lawSection(FitLawUse lawUse, Lifetime lifetime) {
        Button use = new Button(widgets.text("fit.law.use"), new FontIcon("mdi2s-share-variant"));
        use.setId("fit-use-law");
        use.setTooltip(widgets.wrapped("fit.law.use.tooltip"));
        use.disableProperty().bind(lawUse.canUseBinding().not());
        use.setOnAction(e -> lawUse.use());
        Button undo = new Button(widgets.text("fit.law.undo"));
        undo.setId("fit-use-law-undo");
        undo.setTooltip(new Tooltip(widgets.text("fit.law.undo.tooltip")));
        undo.disableProperty().bind(lawUse.canUndoProperty().not());
        undo.setOnAction(e -> lawUse.undo());
        lawReport.setId("fit-use-law-report");
        lawReport.setWrapText(true);
        lawReport.getStyleClass().add("text-small");
        lawReport.managedProperty().bind(lawReport.visibleProperty());
        lifetime.follow(lawUse.reportProperty(), this::showLawReport);
        use.setMinWidth(Button.USE_PREF_SIZE);
        undo.setMinWidth(Button.USE_PREF_SIZE);
        return new VBox(6, new HBox(8, use, undo), lawReport);
    }

    private void showLawReport(FitLawUse.Report report) {
        String form = report.formId().isEmpty() ? "" : formName(report.formId());
        String text = switch (report.outcome()) {
            case NONE -> "";
            case APPLIED -> widgets.format("fit.law.applied", report.preset().citation().shortForm());
            case NOT_CHINCHILLA_FORM -> widgets.format("fit.law.notChinchilla", form);
            case NO_LAW -> widgets.text("fit.law.noLaw");
            case UNDONE -> widgets.text("fit.law.undone");
        };
        boolean refused = report.outcome() == FitLawUse.Outcome.NOT_CHINCHILLA_FORM
                || report.outcome() == FitLawUse.Outcome.NO_LAW;
        lawReport.pseudoClassStateChanged(FitWidgets.DANGER, refused);
        lawReport.setText(text);
        lawReport.setVisible(!text.isEmpty());
    }

    private String formName(String id) {
        return widgets.bundle().containsKey("fit.form." + id) ? widgets.text("fit.form." + id) : id;
    }

    private void show(FitResult result) {
        chosenForm = result == null || result.ranking() == null ? "" : result.ranking().chosen().id();
        scores.setAll(result == null || result.ranking() == null ? List.of() : result.ranking().scores());
        heldOut.setAll(result == null || result.holdout() == null ? List.of() : result.holdout().runs());
        warnings.getChildren().clear();
        if (result != null) {
            for (TrustWarning warning : result.warnings()) {
                warnings.getChildren().add(warningLabel(warning));
            }
        }
        warningsHeading.setText(widgets.format("fit.warnings.heading", warnings.getChildren().size()));
    }

    private Label warningLabel(TrustWarning warning) {
        String title = FitText.warningTitle(widgets.bundle(), warning);
        List<String> runs = FitText.warningRuns(widgets.bundle(), warning);
        String named = String.join(", ", runs.subList(0, Math.min(runs.size(), MAX_RUNS_NAMED)))
                + (runs.size() > MAX_RUNS_NAMED ? ", …" : "");
        Label label = new Label(widgets.format("fit.warning.line", title, named));
        label.setWrapText(true);
        label.getStyleClass().addAll("text-small", "fit-warning");
        label.pseudoClassStateChanged(FitWidgets.DANGER, true);
        label.setTooltip(FitWidgets.wrappedText(FitText.warningDetail(widgets.bundle(), warning) + "\n"
                + String.join(", ", runs)));
        return label;
    }
}
