package org.scalingexplorer.ui.fit;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.engine.fit.HoldoutAxis;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.control.Lifetime;
import org.scalingexplorer.ui.control.NumberField;

/**
 * The settings of the next fit and the Fit button: approach, power-law variable, exclusions,
 * bootstrap, target budget, hold-out, and Approach 3's objective with its lambda and comparison.
 */
final class FitControls extends VBox {

    private final FitWidgets widgets;
    private final Lifetime lifetime;
    // Bidirectional bindings hold their ends weakly: these adapters must live as long as the controls.
    private final ObjectProperty<Integer> excludeValue;
    private final ObjectProperty<Integer> resamplesValue;

    FitControls(FitViewModel viewModel, FitWidgets widgets, Lifetime lifetime) {
        this.widgets = widgets;
        this.lifetime = lifetime;
        FitSettings settings = viewModel.settings();
        this.excludeValue = settings.excludeHighestLossProperty().asObject();
        this.resamplesValue = settings.resamplesProperty().asObject();

        Label heading = new Label(widgets.text("fit.controls.heading"));
        heading.getStyleClass().add("title-3");
        GridPane rows = new GridPane();
        rows.setHgap(8);
        rows.setVgap(6);

        ComboBox<FitApproach> approach = new ComboBox<>(FXCollections.observableArrayList(FitApproach.values()));
        approach.setId("fit-approach");
        approach.setConverter(FitWidgets.converter(a -> widgets.text("fit.approach." + a.id())));
        approach.valueProperty().bindBidirectional(settings.approachProperty());
        approach.setMaxWidth(Double.MAX_VALUE);
        widgets.addRow(rows, 0, "fit.approach", "fit.approach.tooltip", approach);
        Label formula = new Label();
        formula.setId("fit-formula");
        formula.setWrapText(true);
        formula.getStyleClass().add("text-small");
        formula.textProperty().bind(Bindings.createStringBinding(
                () -> settings.approachProperty().get() == FitApproach.APPROACH_2
                        ? widgets.text("fit.approach.approach2.formula")
                        : widgets.text("fit.form." + settings.formProperty().get() + ".formula"),
                settings.approachProperty(), settings.formProperty()));
        rows.add(formula, 1, 1);

        ComboBox<String> form = new ComboBox<>(viewModel.forms());
        form.setId("fit-form");
        form.setConverter(FitWidgets.converter(id -> widgets.text("fit.form." + id)));
        form.valueProperty().bindBidirectional(settings.formProperty());
        form.setMaxWidth(Double.MAX_VALUE);
        Label formLabel = widgets.addRow(rows, 2, "fit.form", "fit.form.tooltip", form);
        var notApproach2 = settings.approachProperty().isNotEqualTo(FitApproach.APPROACH_2);
        for (Node node : List.of(form, formLabel)) {
            node.visibleProperty().bind(notApproach2);
            node.managedProperty().bind(notApproach2);
        }

        ComboBox<FitVariable> variable = new ComboBox<>(FXCollections.observableArrayList(FitVariable.values()));
        variable.setId("fit-variable");
        variable.setConverter(FitWidgets.converter(v -> widgets.text("fit.variable." + v.id())));
        variable.valueProperty().bindBidirectional(settings.powerLawVariableProperty());
        Label variableLabel = widgets.addRow(rows, 3, "fit.variable", "fit.approach.tooltip", variable);
        var powerLaw = settings.approachProperty().isEqualTo(FitApproach.POWER_LAW);
        for (Node node : List.of(variable, variableLabel)) {
            node.visibleProperty().bind(powerLaw);
            node.managedProperty().bind(powerLaw);
        }

        Spinner<Integer> exclude = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 1_000_000,
                settings.excludeHighestLossProperty().get()));
        exclude.setId("fit-exclude");
        exclude.setEditable(true);
        exclude.setPrefWidth(100);
        exclude.getValueFactory().valueProperty().bindBidirectional(excludeValue);
        widgets.addRow(rows, 4, "fit.exclude", "fit.exclude.tooltip", exclude);

        ComboBox<Integer> resamples = new ComboBox<>(FXCollections.observableArrayList(FitSettings.RESAMPLE_CHOICES));
        resamples.setId("fit-resamples");
        resamples.setConverter(FitWidgets.converter(
                n -> n == 0 ? widgets.text("fit.interval.none") : String.format(Locale.ROOT, "%,d", n)));
        resamples.valueProperty().bindBidirectional(resamplesValue);
        widgets.addRow(rows, 5, "fit.resamples", "fit.resamples.tooltip", resamples);

        NumberField target = flopsField("fit-target", settings.targetFlopsProperty(), settings::submitTargetFlops);
        widgets.addRow(rows, 6, "fit.target", "fit.target.tooltip", target);

        CheckBox holdout = new CheckBox(widgets.text("fit.holdout"));
        holdout.setId("fit-holdout-enabled");
        holdout.setTooltip(widgets.wrapped("fit.holdout.tooltip"));
        holdout.setOnAction(e -> viewModel.setHoldout(holdout.isSelected()));
        Runnable showHoldout = () -> holdout.setSelected(settings.holdsOut());
        lifetime.onInvalidation(settings.holdoutFlopsProperty(), showHoldout);
        lifetime.onInvalidation(settings.holdoutGroupProperty(), showHoldout);
        lifetime.onInvalidation(settings.holdoutAxisProperty(), showHoldout);
        showHoldout.run();
        ComboBox<HoldoutAxis> axis = new ComboBox<>(FXCollections.observableArrayList(HoldoutAxis.values()));
        axis.setId("fit-holdout-axis");
        axis.setConverter(FitWidgets.converter(a -> widgets.text("fit.holdout.axis." + a.id())));
        axis.setTooltip(widgets.wrapped("fit.holdout.axis.tooltip"));
        axis.setMaxWidth(Double.MAX_VALUE);
        lifetime.follow(settings.holdoutAxisProperty(), axis::setValue);
        axis.setOnAction(e -> {
            if (axis.getValue() != null) {
                viewModel.setHoldoutAxis(axis.getValue());
            }
        });
        holdout.setMinWidth(CheckBox.USE_PREF_SIZE);
        rows.add(holdout, 0, 7);
        rows.add(axis, 1, 7);

        NumberField cutoff = flopsField("fit-holdout", settings.holdoutFlopsProperty(), settings::submitHoldoutFlops);
        cutoff.setTooltip(widgets.wrapped("fit.holdout.cutoff.tooltip"));
        ComboBox<String> group = new ComboBox<>(viewModel.groups());
        group.setId("fit-holdout-group");
        group.setTooltip(widgets.wrapped("fit.holdout.group.tooltip"));
        group.valueProperty().bindBidirectional(settings.holdoutGroupProperty());
        group.setMaxWidth(Double.MAX_VALUE);
        Label cutoffLabel = new Label();
        cutoffLabel.setMinWidth(Label.USE_PREF_SIZE);
        cutoffLabel.textProperty().bind(settings.holdoutAxisProperty().map(a -> widgets.text(
                a == HoldoutAxis.GROUP ? "fit.holdout.group" : "fit.holdout.cutoff")));
        var byGroup = settings.holdoutAxisProperty().isEqualTo(HoldoutAxis.GROUP);
        cutoff.visibleProperty().bind(byGroup.not());
        cutoff.managedProperty().bind(byGroup.not());
        group.visibleProperty().bind(byGroup);
        group.managedProperty().bind(byGroup);
        cutoff.disableProperty().bind(holdout.selectedProperty().not());
        group.disableProperty().bind(holdout.selectedProperty().not());
        rows.add(cutoffLabel, 0, 8);
        rows.add(new javafx.scene.layout.StackPane(cutoff, group), 1, 8);
        var approach2 = settings.approachProperty().isEqualTo(FitApproach.APPROACH_2);
        for (Node node : List.of(holdout, axis, cutoffLabel)) {
            node.disableProperty().bind(approach2);
        }
        Label holdoutNote = widgets.note("fit.holdout.approach2");
        holdoutNote.visibleProperty().bind(approach2);
        holdoutNote.managedProperty().bind(approach2);

        Button fit = new Button(widgets.text("fit.run"), new FontIcon("mdi2c-chart-bell-curve"));
        fit.setId("fit-run");
        fit.getStyleClass().add("accent");
        fit.setMaxWidth(Double.MAX_VALUE);
        fit.setTooltip(new Tooltip(widgets.text("fit.run.tooltip")));
        fit.disableProperty().bind(viewModel.canFitBinding().not());
        fit.setOnAction(e -> viewModel.fit());

        Label stale = widgets.note("fit.status.stale");
        stale.setId("fit-stale");
        stale.visibleProperty().bind(viewModel.staleProperty());
        stale.managedProperty().bind(viewModel.staleProperty());

        setSpacing(10);
        getChildren().addAll(heading, rows, holdoutNote, objectiveControls(settings), fit, stale);
    }

    /** A field showing a FLOPs setting (empty for 0); the settings parse and check what is typed. */
    private NumberField flopsField(String id, ObservableValue<Number> value,
                                   java.util.function.Predicate<String> submit) {
        NumberField field = new NumberField(id, value.map(v -> v.doubleValue() > 0
                ? QuantityFormat.count(v.doubleValue()) : ""), submit, lifetime);
        field.setPrefColumnCount(8);
        field.setTooltip(new Tooltip(widgets.text("fit.field.hint")));
        return field;
    }

    /** Approach 3's objective, its lambda and the comparison switch; shown for Approach 3 only. */
    private Node objectiveControls(FitSettings settings) {
        GridPane rows = new GridPane();
        rows.setHgap(8);
        rows.setVgap(6);
        ComboBox<Approach3Objective.Kind> objective = new ComboBox<>(
                FXCollections.observableArrayList(Approach3Objective.Kind.values()));
        objective.setId("fit-objective");
        objective.setConverter(FitWidgets.converter(kind -> widgets.text("fit.objective." + kind.id())));
        objective.valueProperty().bindBidirectional(settings.objectiveKindProperty());
        objective.setMaxWidth(Double.MAX_VALUE);
        widgets.addRow(rows, 0, "fit.objective", "fit.objective.tooltip", objective);

        Label refused = new Label();
        refused.setId("fit-lambda-refused");
        refused.setWrapText(true);
        refused.getStyleClass().add("text-small");
        refused.pseudoClassStateChanged(FitWidgets.DANGER, true);
        refused.setVisible(false);
        refused.managedProperty().bind(refused.visibleProperty());
        NumberField lambda = new NumberField("fit-lambda",
                settings.envelopeLambdaProperty().map(v -> FitText.lambda(v.doubleValue())), typed -> {
                    boolean valid = settings.submitEnvelopeLambda(typed);
                    refused.setVisible(!valid);
                    refused.setText(valid ? "" : widgets.format("fit.lambda.refused",
                            FitText.lambda(settings.envelopeLambdaProperty().get())));
                    return valid;
                }, lifetime);
        lambda.setPrefColumnCount(6);
        widgets.addRow(rows, 1, "fit.lambda", "fit.lambda.tooltip", lambda);
        rows.add(refused, 1, 2);

        CheckBox compareForms = new CheckBox(widgets.text("fit.compareForms"));
        compareForms.setId("fit-compare-forms");
        compareForms.setTooltip(widgets.wrapped("fit.compareForms.tooltip"));
        compareForms.selectedProperty().bindBidirectional(settings.compareFormsProperty());

        CheckBox compare = new CheckBox(widgets.text("fit.compare"));
        compare.setId("fit-compare");
        compare.setTooltip(widgets.wrapped("fit.compare.tooltip"));
        compare.selectedProperty().bindBidirectional(settings.compareObjectivesProperty());

        VBox box = new VBox(6, rows, compareForms, compare);
        var approach3 = settings.approachProperty().isEqualTo(FitApproach.APPROACH_3);
        box.visibleProperty().bind(approach3);
        box.managedProperty().bind(approach3);
        return box;
    }
}
