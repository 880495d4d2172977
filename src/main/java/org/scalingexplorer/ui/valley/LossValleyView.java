package org.scalingexplorer.ui.valley;

import org.scalingexplorer.ui.chart.ChartGrid;
import org.scalingexplorer.ui.chart.DisplayConverter;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.application.ConditionalFeature;
import java.util.Optional;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import org.scalingexplorer.ui.chart.SnapshotCell;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;
import org.jfree.chart.fx.ChartViewer;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.allocation.OptimumRule;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.ReadableQuantity;
import org.scalingexplorer.ui.scenario.LawConstantsPanel;
import org.scalingexplorer.ui.view.ViewPane;

/**
 * The "Loss valley" view: the surface in 3D where JavaFX can draw 3D, otherwise the same surface as a
 * map with a notice saying why; the window, budget and path controls; the active law's sliders.
 * Binds and draws; computes nothing.
 *
 * <p>It redraws at most once per pulse: the view-model's frame is only invalidated by a change, and the
 * view asks for it before the next pulse's layout, so a drag that fires many value changes in one frame
 * costs one recompute and one mesh upload.
 */
public final class LossValleyView extends ViewPane {

    private final LossValleyViewModel viewModel;
    private final ResourceBundle bundle;
    private final boolean scene3dSupported = Platform.isSupported(ConditionalFeature.SCENE3D);
    private final StackPane centre = new StackPane();
    private final Label pathNotice = new Label();
    private final ToggleButton mapToggle;
    private final Runnable onPulse = this::redrawIfNeeded;
    private ValleySurface3D surface3d;
    private ValleyColourLegend colourLegend;
    private BorderPane surfacePane;
    private ValleyMapChart mapChart;
    private VBox mapPane;
    private ChartStyle style;
    private boolean redrawPending;

    public LossValleyView(LossValleyViewModel viewModel, ResourceBundle bundle, ObservableValue<ChartStyle> chartStyle) {
        super(bundle);
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.style = chartStyle.getValue();
        setId("loss-valley-view");

        mapToggle = new ToggleButton(bundle.getString("valley.map"), new FontIcon("mdi2m-map-outline"));
        mapToggle.setId("valley-map-toggle");
        mapToggle.setTooltip(new Tooltip(bundle.getString("valley.map.tooltip")));
        // Without 3D the map is all there is: the toggle would only offer a choice that does not exist.
        mapToggle.setVisible(scene3dSupported);
        mapToggle.setManaged(scene3dSupported);
        mapToggle.selectedProperty().addListener((obs, old, now) -> showMode());
        pathNotice.setId("valley-path-notice");
        pathNotice.setWrapText(true);
        // Its whole text, on as many lines as it takes: a VBox would otherwise cut it to one with an ellipsis.
        pathNotice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        pathNotice.setMaxWidth(Double.MAX_VALUE);
        pathNotice.getStyleClass().add("valley-notice");
        pathNotice.setGraphic(new FontIcon("mdi2a-alert-outline"));
        pathNotice.setTooltip(new Tooltip(bundle.getString("valley.pathOutside.tooltip")));
        pathNotice.managedProperty().bind(pathNotice.visibleProperty());
        pathNotice.setVisible(false);
        VBox.setVgrow(centre, javafx.scene.layout.Priority.ALWAYS);
        VBox centreWithNotice = new VBox(pathNotice, centre);
        VBox.setMargin(pathNotice, new Insets(6, 6, 0, 6));
        setCenter(centreWithNotice);
        setRight(sidePanel());

        lifetime().onInvalidation(viewModel.frameProperty(), this::requestRedraw);
        sceneProperty().addListener((obs, old, now) -> moveListener(old, now));
        lifetime().onChange(chartStyle, (old, now) -> applyStyle(now));
        showMode();
    }

    @Override
    public void dispose() {
        super.dispose();
        moveListener(getScene(), null);
    }

    @Override
    public java.util.List<JFreeChart> charts() {
        return mapChart == null ? java.util.List.of() : java.util.List.of(mapChart.chart());
    }

    /** The 3D surface with its legend as a picture, when the 3D surface is what the view shows. */
    @Override
    public Optional<SnapshotCell> snapshotCell() {
        if (surfacePane == null || !centre.getChildren().contains(surfacePane) || surfacePane.getScene() == null) {
            return Optional.empty();
        }
        SnapshotParameters parameters = new SnapshotParameters();
        // Twice the screen's pixels: the picture goes into reports, where it is printed or zoomed.
        parameters.setTransform(javafx.scene.transform.Transform.scale(2, 2));
        WritableImage image = surfacePane.snapshot(parameters, null);
        return Optional.of(SnapshotCell.of(SwingFXUtils.fromFXImage(image, null)));
    }

    /** True when the map stands in for the 3D surface because JavaFX cannot draw 3D here. */
    public boolean showsFallback() {
        return !scene3dSupported;
    }

    private void showMode() {
        boolean map = !scene3dSupported || mapToggle.isSelected();
        if (map) {
            centre.getChildren().setAll(mapPane());
        } else {
            centre.getChildren().setAll(surfacePane());
        }
        applyStyle(style);
        draw(viewModel.frame());
    }

    private BorderPane surfacePane() {
        if (surfacePane == null) {
            surface3d = new ValleySurface3D(bundle, viewModel.meshFaces());
            colourLegend = new ValleyColourLegend(bundle.getString("valley.legend.short"));
            Label hint = new Label(bundle.getString("valley.camera.hint"));
            hint.getStyleClass().add("text-muted");
            BorderPane.setAlignment(hint, Pos.CENTER);
            BorderPane.setMargin(hint, new Insets(4));
            surfacePane = new BorderPane(surface3d, null, colourLegend, hint, null);
            surfacePane.setId("valley-surface-pane");
        }
        return surfacePane;
    }

    private VBox mapPane() {
        if (mapPane == null) {
            mapChart = new ValleyMapChart(bundle, style);
            ChartViewer viewer = ChartGrid.viewer(mapChart.chart(), "valley-map", bundle);
            viewer.setMinSize(300, 260);
            javafx.scene.layout.VBox.setVgrow(viewer, javafx.scene.layout.Priority.ALWAYS);
            mapPane = new VBox(6);
            mapPane.setPadding(new Insets(6));
            if (!scene3dSupported) {
                Label notice = new Label(bundle.getString("valley.noScene3d"), new FontIcon("mdi2c-cube-off-outline"));
                notice.setId("valley-fallback-notice");
                notice.setWrapText(true);
                notice.getStyleClass().addAll("valley-notice");
                notice.setMaxWidth(Double.MAX_VALUE);
                // The map gives way to the notice, never the other way round: a cut notice explains nothing.
                notice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                mapPane.getChildren().add(notice);
                mapPane.setId("valley-fallback");
            } else {
                mapPane.setId("valley-map-pane");
            }
            mapPane.getChildren().add(viewer);
        }
        return mapPane;
    }

    private VBox sidePanel() {
        Label heading = new Label(bundle.getString("valley.controls.heading"));
        heading.getStyleClass().add("title-3");

        RangeSlider params = rangeSlider("valley-params-range", LossValleyViewModel.PARAMS_LIMIT_MIN,
                LossValleyViewModel.PARAMS_LIMIT_MAX, viewModel.paramsFromProperty(), viewModel.paramsToProperty(),
                bundle.getString("valley.params.tooltip"));
        Label paramsLabel = rangeLabel("valley.params", params, bundle.getString("valley.params.tooltip"));
        RangeSlider tokens = rangeSlider("valley-tokens-range", LossValleyViewModel.TOKENS_LIMIT_MIN,
                LossValleyViewModel.TOKENS_LIMIT_MAX, viewModel.tokensFromProperty(), viewModel.tokensToProperty(),
                bundle.getString("valley.tokens.tooltip"));
        Label tokensLabel = rangeLabel("valley.tokens", tokens, bundle.getString("valley.tokens.tooltip"));

        Label budgetsLabel = new Label(bundle.getString("valley.budgets"));
        FlowPane budgets = new FlowPane(10, 6);
        for (LossValleyViewModel.BudgetChoice choice : viewModel.budgets()) {
            String power = ValleyText.powerOfTen(choice.log10Flops());
            CheckBox box = new CheckBox(power);
            box.setId("valley-budget-" + choice.log10Flops());
            box.selectedProperty().bindBidirectional(choice.shownProperty());
            box.setTooltip(new Tooltip(MessageFormat.format(bundle.getString("valley.budget.tooltip"), power)));
            budgets.getChildren().add(box);
        }
        Tooltip.install(budgetsLabel, new Tooltip(MessageFormat.format(bundle.getString("valley.budget.tooltip"), "…")));

        Label pathLabel = new Label(bundle.getString("valley.path"));
        ComboBox<OptimumRule> rule = new ComboBox<>();
        rule.setId("valley-path-rule");
        rule.getItems().setAll(OptimumRule.values());
        rule.setConverter(new DisplayConverter<>(value -> bundle.getString("valley.path." + value.name())));
        rule.valueProperty().bindBidirectional(viewModel.pathRuleProperty());
        rule.setMaxWidth(Double.MAX_VALUE);
        rule.setTooltip(new Tooltip(bundle.getString("valley.path.tooltip")));
        pathLabel.setLabelFor(rule);
        Tooltip.install(pathLabel, new Tooltip(bundle.getString("valley.path.tooltip")));

        CheckBox lockAxes = new CheckBox(bundle.getString("valley.lockAxes"));
        lockAxes.setId("valley-lock-axes");
        lockAxes.setWrapText(true);
        lockAxes.selectedProperty().bindBidirectional(viewModel.lockAxesProperty());
        lockAxes.setTooltip(new Tooltip(bundle.getString("valley.lockAxes.tooltip")));

        Button reset = new Button(bundle.getString("valley.reset"), new FontIcon("mdi2u-undo-variant"));
        reset.setId("reset-valley");
        reset.setTooltip(new Tooltip(bundle.getString("valley.reset.tooltip")));
        reset.setOnAction(e -> {
            viewModel.resetView();
            mapToggle.setSelected(false);
            if (surface3d != null) {
                surface3d.resetCamera();
            }
        });

        Label explainTitle = new Label(bundle.getString("valley.explain.title"));
        explainTitle.getStyleClass().add("title-4");
        Label explainBody = new Label(bundle.getString("valley.explain.body"));
        explainBody.setWrapText(true);
        VBox explanation = new VBox(6, explainTitle, explainBody);
        explanation.setPadding(new Insets(10));
        explanation.getStyleClass().add("explanation-card");

        VBox controls = new VBox(8, heading, paramsLabel, params, tokensLabel, tokens, budgetsLabel, budgets,
                pathLabel, rule, lockAxes, new javafx.scene.layout.HBox(8, mapToggle, reset), explanation);
        controls.setPadding(new Insets(12, 12, 0, 12));
        controls.setId("valley-controls");

        LawConstantsPanel constants = new LawConstantsPanel(bundle, viewModel.scenario(), viewModel.constants(),
                viewModel.lawModifiedProperty(), viewModel::resetLaw, lifetime());
        VBox side = new VBox(controls, constants);
        side.setPrefWidth(340);
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return new VBox(scroll) {
            {
                VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
            }
        };
    }

    private RangeSlider rangeSlider(String id, double min, double max, javafx.beans.property.DoubleProperty from,
                                    javafx.beans.property.DoubleProperty to, String tooltip) {
        RangeSlider slider = new RangeSlider(min, max, from.get(), to.get());
        slider.setId(id);
        slider.setShowTickMarks(true);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(0.5);
        slider.lowValueProperty().bindBidirectional(from);
        slider.highValueProperty().bindBidirectional(to);
        slider.setTooltip(new Tooltip(tooltip));
        return slider;
    }

    private Label rangeLabel(String key, RangeSlider slider, String tooltip) {
        Label label = new Label();
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> bundle.getString(key) + ":  " + ValleyText.decadeRange(slider.getLowValue(), slider.getHighValue()),
                slider.lowValueProperty(), slider.highValueProperty()));
        label.setLabelFor(slider);
        Tooltip.install(label, new Tooltip(tooltip));
        return label;
    }

    private void applyStyle(ChartStyle newStyle) {
        this.style = newStyle;
        if (surface3d != null) {
            surface3d.setColours(fx(newStyle.plotBackground()), fx(newStyle.foreground()));
            colourLegend.setStyle(fx(newStyle.foreground()), newStyle.font().getSize2D() - 1);
        }
        if (mapChart != null) {
            mapChart.setStyle(newStyle);
        }
    }

    private static javafx.scene.paint.Color fx(java.awt.Color colour) {
        return javafx.scene.paint.Color.rgb(colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    private void moveListener(Scene old, Scene now) {
        if (old != null) {
            old.removePreLayoutPulseListener(onPulse);
        }
        if (now != null && !disposed()) {
            now.addPreLayoutPulseListener(onPulse);
            requestRedraw();
        }
    }

    private void requestRedraw() {
        if (!redrawPending && !disposed()) {
            redrawPending = true;
            Platform.requestNextPulse();
        }
    }

    private void redrawIfNeeded() {
        if (redrawPending) {
            redrawPending = false;
            draw(viewModel.frame());
        }
    }

    private void draw(ValleyFrame frame) {
        ValleyFrame.PathOutside outside = frame.pathOutside();
        pathNotice.setVisible(outside != null);
        if (outside != null) {
            pathNotice.setText(MessageFormat.format(bundle.getString("valley.pathOutside"),
                    ReadableQuantity.scientific(outside.flops()), ReadableQuantity.count(outside.params()),
                    ReadableQuantity.count(outside.tokens())));
        }
        boolean map = !scene3dSupported || mapToggle.isSelected();
        if (map) {
            mapChart.show(frame);
        } else {
            surface3d.show(frame);
            colourLegend.show(frame);
        }
    }
}
