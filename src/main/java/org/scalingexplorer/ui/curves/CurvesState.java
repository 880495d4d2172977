package org.scalingexplorer.ui.curves;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import org.scalingexplorer.engine.curves.CurveAxis;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.ui.scenario.ViewSettings;
import org.scalingexplorer.ui.view.ViewState;

/**
 * What the Curves view keeps in a session: the curves' source (the file with its column mapping and
 * axis, or the demo), how they are drawn, the count of N and the resamples of Approach 1, the
 * final-checkpoint choice and the schedule law's inputs. Opening the session loads the source again
 * (the analyses follow, seeded). Lessons set the tab, the demo and the schedule to predict by name.
 */
final class CurvesState implements ViewState<CurvesViewModel> {
    static final CurvesState STATE = new CurvesState();
    static final String ID = "curves";
    /** 1 loads the demo curves (if they are not what is shown or loading); reads 1 while they are. */
    static final String DEMO_SETTING = "curves.demo";
    /** The tab on show: 0 curves, 1 Approach 1, 2 final checkpoints, 3 schedule law. */
    static final String PANEL_SETTING = "curves.panel";
    /** The schedule to predict: its shape (0 constant, 1 cosine, 2 WSD) and length in steps. */
    static final String TARGET_SHAPE_SETTING = "curves.schedule.target_shape";
    static final String TARGET_STEPS_SETTING = "curves.schedule.target_steps";
    private static final System.Logger LOG = System.getLogger(CurvesState.class.getName());

    private CurvesState() {
    }

    @Override
    public void register(CurvesViewModel curves, ViewSettings settings) {
        settings.register(DEMO_SETTING, curves.sourceProperty(),
                () -> curves.source() != null && curves.source().demo() ? 1 : 0,
                value -> {
                    if (value == 1 && (curves.requestedSource() == null || !curves.requestedSource().demo())) {
                        curves.loadDemo();
                    } else if (value != 0 && value != 1) {
                        throw new IllegalArgumentException(DEMO_SETTING + " must be 0 or 1, got " + value);
                    }
                });
        CurvesViewModel.Panel[] panels = CurvesViewModel.Panel.values();
        settings.register(PANEL_SETTING, curves.panelProperty(), () -> curves.panelProperty().get().ordinal(),
                value -> curves.panelProperty().set(panels[index(PANEL_SETTING, value, panels.length)]));
        settings.excludeFromUndo(DEMO_SETTING);
        settings.excludeFromUndo(PANEL_SETTING);
        ScheduleLawModel law = curves.scheduleLaw();
        settings.register(TARGET_SHAPE_SETTING, law.targetShapeProperty(),
                () -> ScheduleLawModel.TARGET_SHAPES.indexOf(law.targetShapeProperty().get()),
                value -> law.targetShapeProperty().set(ScheduleLawModel.TARGET_SHAPES.get(
                        index(TARGET_SHAPE_SETTING, value, ScheduleLawModel.TARGET_SHAPES.size()))));
        settings.register(TARGET_STEPS_SETTING, law.targetStepsProperty(), () -> law.targetStepsProperty().get(),
                value -> {
                    if (!law.submitTargetSteps(Double.toString(value))) {
                        throw new IllegalArgumentException(TARGET_STEPS_SETTING + " must be a whole number of steps "
                                + "above the warmup, got " + value);
                    }
                });
    }

    private static int index(String key, double value, int size) {
        if (value != Math.rint(value) || value < 0 || value >= size) {
            throw new IllegalArgumentException(key + " must be a whole number from 0 to " + (size - 1) + ", got " + value);
        }
        return (int) value;
    }

    @Override
    public List<Observable> changes(CurvesViewModel curves) {
        List<Observable> changes = new ArrayList<>(List.of(curves.sourceProperty(), curves.xAxisProperty(),
                curves.showMidScheduleProperty(), curves.approach1().countProperty(),
                curves.approach1().resamplesProperty(), curves.finalCheckpoints().finishedOnlyProperty()));
        changes.addAll(curves.scheduleLaw().inputs());
        return changes;
    }

    @Override
    public Session save(CurvesViewModel curves, Session session) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode state = json.objectNode();
        CurveSource source = curves.source();
        if (source != null) {
            ObjectNode saved = state.putObject("source");
            saved.put("demo", source.demo());
            if (!source.demo()) {
                saved.put("file", source.file().toString());
                ArrayNode mapping = saved.putArray("mapping");
                source.mapping().forEach(mapping::add);
                if (source.axis() != null) {
                    saved.put("axis", source.axis().role());
                }
            }
        }
        state.put("x_axis", curves.xAxisProperty().get().name());
        state.put("show_mid_schedule", curves.showMidScheduleProperty().get());
        state.put("count", curves.approach1().countProperty().get().name());
        state.put("resamples", curves.approach1().resamplesProperty().get());
        state.put("finished_only", curves.finalCheckpoints().finishedOnlyProperty().get());
        ScheduleLawModel law = curves.scheduleLaw();
        ObjectNode schedule = state.putObject("schedule_law");
        schedule.put("reading", law.readingShapeProperty().get());
        schedule.put("warmup_steps", law.warmupStepsProperty().get());
        schedule.put("final_fraction", law.finalFractionProperty().get());
        schedule.put("decay_fraction", law.decayFractionProperty().get());
        if (law.fitRunProperty().get() != null) {
            schedule.put("fit_run", law.fitRunProperty().get());
        }
        if (law.secondFitRunProperty().get() != null) {
            schedule.put("second_fit_run", law.secondFitRunProperty().get());
        }
        return session.withViewState(ID, state);
    }

    /** Puts the choices back, then loads the source: the analyses of the new curves keep the choices. */
    @Override
    public void restore(CurvesViewModel curves, Session session) {
        ObjectNode state = session.viewState(ID);
        if (state.isEmpty()) {
            return;
        }
        try {
            curves.xAxisProperty().set(CurvesViewModel.XAxis.valueOf(state.path("x_axis").asText("COMPUTE")));
            curves.showMidScheduleProperty().set(state.path("show_mid_schedule").asBoolean(true));
            curves.approach1().countProperty().set(ParamCount.valueOf(state.path("count").asText("TOTAL")));
            curves.approach1().submitResamples(state.path("resamples").asText("" + Approach1Model.DEFAULT_RESAMPLES));
            curves.finalCheckpoints().finishedOnlyProperty().set(state.path("finished_only").asBoolean(false));
            JsonNode schedule = state.path("schedule_law");
            ScheduleLawModel law = curves.scheduleLaw();
            if (schedule.has("reading")) {
                law.readingShapeProperty().set(schedule.get("reading").asText());
                law.submitWarmupSteps(schedule.path("warmup_steps").asText("0"));
                law.submitFinalFraction(schedule.path("final_fraction").asText("0.1"));
                law.submitDecayFraction(schedule.path("decay_fraction").asText("0.2"));
            }
            law.fitRunProperty().set(schedule.has("fit_run") ? schedule.get("fit_run").asText() : null);
            law.secondFitRunProperty().set(schedule.has("second_fit_run") ? schedule.get("second_fit_run").asText() : null);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Session curves settings passed over: " + e.getMessage());
        }
        JsonNode source = state.path("source");
        if (source.isMissingNode()) {
            return;
        }
        try {
            if (source.path("demo").asBoolean(false)) {
                curves.load(CurveSource.ofDemo());
            } else {
                List<String> mapping = new ArrayList<>();
                source.path("mapping").forEach(spec -> mapping.add(spec.asText()));
                CurveAxis axis = source.has("axis") ? CurveAxis.fromId(source.get("axis").asText()) : null;
                curves.load(CurveSource.file(Path.of(source.path("file").asText()), mapping, axis));
            }
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Session curve source passed over: " + e.getMessage());
        }
    }
}
