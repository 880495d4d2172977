package org.scalingexplorer.ui.lessons;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.io.File;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.ui.chart.ChartGrid;
import org.scalingexplorer.engine.lesson.Lesson;
import org.scalingexplorer.engine.lesson.LessonStep;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.DecadeLogAxis;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.SeriesPalette;
import org.scalingexplorer.ui.control.Lifetime;

/** The Lessons panel beside the current view: lesson chooser, step text, simulation, question. Binds only. */
public final class LessonsPanel extends ScrollPane {

    private final LessonsViewModel viewModel;
    private final ResourceBundle bundle;
    private final String languageTag;
    private final Label stepTitle = new Label();
    private final Label stepText = new Label();
    private final Label counter = new Label();
    private final Label problem = new Label();
    private final LessonQuestionPane questionBox;
    private final JFreeChart simulationChart;
    private final ChartViewer simulationViewer;
    private final Lifetime lifetime = new Lifetime();

    public LessonsPanel(LessonsViewModel viewModel, ResourceBundle bundle, String languageTag,
                        ObservableValue<ChartStyle> chartStyle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.languageTag = languageTag;
        setId("lessons-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(380);
        setMinWidth(300);

        Label heading = new Label(bundle.getString("lessons.heading"));
        heading.getStyleClass().add("title-3");

        ComboBox<Lesson> chooser = new ComboBox<>(viewModel.lessons());
        chooser.setId("lesson-chooser");
        chooser.setMaxWidth(Double.MAX_VALUE);
        // The chooser takes the row's width, never its titles': its cells are sized from its width, so
        // a width computed from theirs would grow the panel past the window.
        chooser.setMinWidth(0);
        chooser.setPrefWidth(120);
        chooser.setPromptText(bundle.getString("lessons.choose"));
        // Titles wrap at the chooser's width, in the list and on the button: the panel is narrow at
        // 1280 x 800, and a title cut to "The compute-opt…" tells a class nothing.
        chooser.setCellFactory(list -> new LessonCell(chooser));
        chooser.setButtonCell(new LessonCell(chooser));
        chooser.valueProperty().bindBidirectional(viewModel.lessonProperty());
        chooser.setTooltip(new Tooltip(bundle.getString("lessons.choose.tooltip")));

        Button folder = new Button(null, new FontIcon("mdi2f-folder-open-outline"));
        folder.setId("lesson-folder");
        folder.setTooltip(new Tooltip(bundle.getString("lessons.folder.tooltip")));
        folder.setOnAction(e -> {
            DirectoryChooser dialog = new DirectoryChooser();
            dialog.setTitle(bundle.getString("lessons.folder.title"));
            File chosen = dialog.showDialog(getScene().getWindow());
            if (chosen != null) {
                viewModel.addFolder(chosen.toPath());
            }
        });
        HBox.setHgrow(chooser, Priority.ALWAYS);
        HBox chooserRow = new HBox(6, chooser, folder);

        stepTitle.getStyleClass().add("title-4");
        stepTitle.setWrapText(true);
        stepText.setId("lesson-text");
        stepText.setWrapText(true);
        problem.setId("lesson-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button back = new Button(bundle.getString("lessons.previous"), new FontIcon("mdi2c-chevron-left"));
        back.setId("lesson-previous");
        back.disableProperty().bind(viewModel.canGoBackProperty().not());
        back.setOnAction(e -> viewModel.previous());
        back.setTooltip(new Tooltip(bundle.getString("lessons.previous.tooltip")));
        Button forward = new Button(bundle.getString("lessons.next"), new FontIcon("mdi2c-chevron-right"));
        forward.setId("lesson-next");
        forward.disableProperty().bind(viewModel.canGoForwardProperty().not());
        forward.setOnAction(e -> viewModel.next());
        forward.setTooltip(new Tooltip(bundle.getString("lessons.next.tooltip")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox navigation = new HBox(6, back, spacer, counter, forward);

        simulationChart = createSimulationChart(chartStyle.getValue());
        simulationViewer = ChartGrid.viewer(simulationChart, "lesson-simulation", bundle);
        simulationViewer.setPrefHeight(260);
        simulationViewer.setMinHeight(200);
        simulationViewer.managedProperty().bind(simulationViewer.visibleProperty());
        lifetime.onChange(chartStyle, (old, now) -> now.apply(simulationChart));

        questionBox = new LessonQuestionPane(viewModel.question(), bundle, languageTag, lifetime);

        VBox content = new VBox(10, heading, chooserRow, stepTitle, stepText, simulationViewer, questionBox,
                problem, navigation);
        content.setPadding(new Insets(12));
        setContent(content);

        lifetime.follow(viewModel.stepProperty(), this::show);
        lifetime.follow(viewModel.simulationProperty(), this::showSimulation);
    }

    /** Stops following the lessons; the panel is not shown again. */
    public void dispose() {
        lifetime.end();
    }

    private void show(LessonStep step) {
        if (step == null) {
            stepTitle.setText(bundle.getString("lessons.none"));
            stepText.setText(bundle.getString("lessons.none.text"));
            counter.setText("");
            questionBox.setVisible(false);
            return;
        }
        stepTitle.setText(step.title().in(languageTag));
        stepText.setText(step.text().in(languageTag));
        counter.setText(MessageFormat.format(bundle.getString("lessons.counter"),
                viewModel.stepIndexProperty().get() + 1, viewModel.stepCount()));
        questionBox.show(step.question());
    }

    private void showSimulation(List<LessonsViewModel.SimulationSeries> series) {
        simulationViewer.setVisible(!series.isEmpty());
        if (series.isEmpty()) {
            return;
        }
        simulationChart.setNotify(false);
        try {
            XYPlot plot = simulationChart.getXYPlot();
            DefaultXYDataset dataset = new DefaultXYDataset();
            XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
            for (int i = 0; i < series.size(); i++) {
                LessonsViewModel.SimulationSeries s = series.get(i);
                String name = s.dimension() == 0
                        ? MessageFormat.format(bundle.getString("lessons.sim.mean"), slope(s))
                        : MessageFormat.format(bundle.getString("lessons.sim.nn"), s.dimension(), slope(s));
                dataset.addSeries(name, new double[][] {s.curve().sampleSizes(), s.curve().error()});
                renderer.setSeriesPaint(i, SeriesPalette.color(i));
                renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
                renderer.setSeriesStroke(i, new BasicStroke(1.5f));
            }
            plot.setDataset(dataset);
            plot.getRangeAxis().setAutoRange(true);
        } finally {
            simulationChart.setNotify(true);
        }
    }

    private static String slope(LessonsViewModel.SimulationSeries s) {
        return String.format(java.util.Locale.ROOT, "%.2f", s.curve().fittedSlope());
    }

    private JFreeChart createSimulationChart(ChartStyle style) {
        DecadeLogAxis x = new DecadeLogAxis(bundle.getString("lessons.sim.n"));
        DecadeLogAxis y = new DecadeLogAxis(bundle.getString("lessons.sim.error"));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(new DefaultXYDataset(), x, y, renderer);
        JFreeChart chart = new JFreeChart(null, null, plot, true);
        style.apply(chart);
        return chart;
    }

    private final class LessonCell extends ListCell<Lesson> {
        LessonCell(ComboBox<Lesson> chooser) {
            setWrapText(true);
            setMinWidth(0);
            // The popup list is as wide as its widest cell plus 30 px (the skin's allowance for a
            // scroll bar), or the chooser if wider: 32 px less keeps the list inside the panel.
            prefWidthProperty().bind(chooser.widthProperty().subtract(32));
        }

        /**
         * The combo box asks its button cell for a height without a width; measured at the cell's own
         * width, a title that wraps gets its second line instead of an ellipsis.
         */
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 ? getPrefWidth() : width);
        }

        @Override
        protected void updateItem(Lesson item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title().in(languageTag));
        }
    }
}
