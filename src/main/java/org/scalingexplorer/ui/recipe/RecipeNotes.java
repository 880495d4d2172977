package org.scalingexplorer.ui.recipe;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.scalingexplorer.engine.allocation.ReferenceModel;
import org.scalingexplorer.engine.curves.DemoCurves;
import org.scalingexplorer.engine.curves.ScheduleLaw;
import org.scalingexplorer.engine.curves.TruncatedCosineTrap;
import org.scalingexplorer.engine.recipe.BatchSizeTradeoff;
import org.scalingexplorer.engine.recipe.CorrectionStepExponent;
import org.scalingexplorer.engine.recipe.EmbeddingCount;
import org.scalingexplorer.engine.recipe.HyperparameterAdvice;
import org.scalingexplorer.engine.recipe.OverfittingBound;
import org.scalingexplorer.engine.recipe.mup.MupResult;
import org.scalingexplorer.engine.recipe.mup.Parametrization;
import org.scalingexplorer.engine.recipe.mup.WidthCurve;
import org.scalingexplorer.ui.chart.ReadableQuantity;

/**
 * The numbers and caveats beside each panel's charts, in the window's language: the same lines in the
 * view's side column and in an exported figure, so what is exported reads as what was on screen.
 *
 * @param heading  which panel, law and budget
 * @param lines    what the panel computed
 * @param caveats  where its numbers come from and where they stop holding
 */
record RecipeNotes(String heading, List<String> lines, List<String> caveats) {

    RecipeNotes {
        lines = List.copyOf(lines);
        caveats = List.copyOf(caveats);
    }

    /** Everything a figure prints below the heading. */
    List<String> all() {
        List<String> all = new ArrayList<>(lines);
        all.add("");
        all.addAll(caveats);
        return all;
    }

    static RecipeNotes of(RecipePanel panel, RecipeViewModel.Result result, MupResult mup, MupLab.Status mupStatus,
                          List<CorrectionStepExponent> steps, ResourceBundle bundle) {
        String law = bundle.getString("law." + result.preset().id());
        String heading = bundle.getString("recipe.panel." + panel.id());
        String lawAndBudget = format(bundle, "recipe.notes.heading", heading, law,
                ReadableQuantity.scientific(result.flops()));
        RecipeNotes notes = switch (panel) {
            case BATCH -> batch(heading, result.batch(), bundle);
            case HYPER -> hyper(heading, result.hyper(), law, bundle);
            case MUP -> mup(heading, mup, mupStatus, bundle);
            case SHAPES -> shapes(heading, result.shapes(), bundle);
            case RECONCILE -> reconcile(heading, result.reconcile(), steps, bundle);
            case BALANCE -> balance(heading, result.balance(), bundle);
        };
        if (panel == RecipePanel.MUP || panel == RecipePanel.RECONCILE) {
            return notes;
        }
        List<String> lines = new ArrayList<>();
        lines.add(lawAndBudget);
        lines.addAll(notes.lines());
        return new RecipeNotes(heading, lines, notes.caveats());
    }

    private static RecipeNotes batch(String heading, BatchPanel panel, ResourceBundle bundle) {
        BatchSizeTradeoff t = panel.tradeoff();
        List<String> lines = List.of(
                format(bundle, "recipe.batch.notes.critical", ReadableQuantity.loss(t.loss()),
                        ReadableQuantity.count(t.criticalBatchTokens())),
                format(bundle, "recipe.batch.notes.minimum", ReadableQuantity.count(t.minSteps()),
                        ReadableQuantity.count(t.minTokens())),
                format(bundle, "recipe.batch.notes.atBatch", ReadableQuantity.count(panel.batchTokens()),
                        ReadableQuantity.count(panel.steps()), ReadableQuantity.times(panel.steps() / t.minSteps()),
                        ReadableQuantity.count(panel.tokens()), ReadableQuantity.times(panel.tokens() / t.minTokens()),
                        ReadableQuantity.times(panel.flopsAtBatch() / panel.flops())),
                bundle.getString("recipe.batch.notes.twice"),
                format(bundle, "recipe.batch.notes.kaplanTable", ReadableQuantity.count(panel.kaplanTableBatchTokens())));
        return new RecipeNotes(heading, lines, List.of(bundle.getString("recipe.batch.webtext2Caveat"),
                bundle.getString("recipe.batch.notes.source")));
    }

    private static RecipeNotes hyper(String heading, HyperPanel panel, String law, ResourceBundle bundle) {
        HyperparameterAdvice deepSeek = panel.deepSeekAtBudget();
        HyperparameterAdvice stepLaw = panel.stepLawAtBudget();
        List<String> lines = List.of(
                format(bundle, "recipe.hyper.notes.run", law, ReadableQuantity.count(deepSeek.nonEmbeddingParams()),
                        ReadableQuantity.count(deepSeek.tokens())),
                format(bundle, "recipe.hyper.notes.deepseek", rate(deepSeek.learningRate()),
                        ReadableQuantity.count(deepSeek.batchTokens()), ReadableQuantity.scientific(deepSeek.evaluatedFlops())),
                format(bundle, "recipe.hyper.notes.stepLaw", rate(stepLaw.learningRate()),
                        ReadableQuantity.count(stepLaw.batchTokens())),
                format(bundle, "recipe.hyper.notes.critical", ReadableQuantity.count(panel.criticalBatchAtBudget())));
        return new RecipeNotes(heading, lines, List.of(
                format(bundle, "recipe.hyper.notes.cite", deepSeek.source().toString(), stepLaw.source().toString()),
                bundle.getString("recipe.hyper.notes.caveat")));
    }

    private static RecipeNotes mup(String heading, MupResult result, MupLab.Status status, ResourceBundle bundle) {
        List<String> lines = new ArrayList<>();
        if (result == null) {
            lines.add(bundle.getString("recipe.mup.notes.none"));
        } else {
            int runs = 2 * result.grid().widths().length * result.grid().learningRates().length;
            lines.add(status == MupLab.Status.RESTORED
                    ? format(bundle, "recipe.mup.notes.restored", runs, result.grid().seed())
                    : format(bundle, "recipe.mup.notes.done", runs, String.format(Locale.ROOT, "%.1f", result.seconds()),
                    result.grid().seed()));
            for (Parametrization p : Parametrization.values()) {
                List<WidthCurve> curves = result.curves(p);
                lines.add(format(bundle, "recipe.mup.notes.drift." + p.id(), curves.get(0).width(),
                        curves.get(curves.size() - 1).width(), ReadableQuantity.times(result.bestRateDrift(p)),
                        result.bestRateSpreadInSteps(p)));
            }
            for (int w = 0; w < result.standard().size(); w++) {
                lines.add(format(bundle, "recipe.mup.notes.width", result.standard().get(w).width(),
                        rate(result.standard().get(w).bestLearningRate()), rate(result.mup().get(w).bestLearningRate())));
            }
        }
        return new RecipeNotes(heading, lines, List.of(bundle.getString("recipe.mup.notes.task"),
                bundle.getString("recipe.mup.notes.rule")));
    }

    private static RecipeNotes shapes(String heading, ShapesPanel panel, ResourceBundle bundle) {
        List<String> lines = new ArrayList<>();
        lines.add(format(bundle, panel.preset().countsEmbeddings() ? "recipe.shapes.notes.targetConverted"
                        : "recipe.shapes.notes.target", ReadableQuantity.count(panel.lawParams()),
                ReadableQuantity.count(panel.targetParams())));
        lines.add(format(bundle, "recipe.shapes.notes.vocabulary", String.format(Locale.ROOT, "%,d", panel.vocabulary()),
                bundle.getString(panel.tiedEmbeddings() ? "recipe.shapes.tied" : "recipe.shapes.untied")));
        if (panel.suggestions().candidates().isEmpty()) {
            lines.add(bundle.getString("recipe.shapes.notes.noShape"));
        }
        lines.add(format(bundle, "recipe.shapes.notes.bowl", String.format(Locale.ROOT, "%.0f", 100 * panel.computePerPercent())));
        return new RecipeNotes(heading, lines, List.of(bundle.getString("recipe.shapes.notes.kaplan"),
                bundle.getString("recipe.shapes.notes.source")));
    }

    private static RecipeNotes reconcile(String heading, ReconcilePanel panel, List<CorrectionStepExponent> steps,
                                         ResourceBundle bundle) {
        List<String> lines = new ArrayList<>();
        lines.add(format(bundle, panel.fellBack() ? "recipe.reconcile.notes.lawFallback" : "recipe.reconcile.notes.law",
                bundle.getString("law." + panel.preset().id()),
                String.format(Locale.ROOT, "%,.0f", EmbeddingCount.PEARCE_SONG_2024.gamma())));
        lines.add(format(bundle, "recipe.reconcile.notes.window", ReadableQuantity.count(panel.window().smallestParams()),
                ReadableQuantity.count(panel.window().largestParams()), exponent(panel.window().exponent()),
                exponent(ReconcilePanel.KAPLAN_EXPONENT), exponent(panel.largeLimit()), exponent(panel.smallLimit())));
        if (steps.isEmpty()) {
            lines.add(bundle.getString("recipe.reconcile.notes.noSteps"));
        }
        for (int i = 0; i < steps.size(); i++) {
            CorrectionStepExponent step = steps.get(i);
            lines.add(format(bundle, "recipe.reconcile.notes.step", i + 1, step.label(), exponent(step.exponent()),
                    exponent(step.ci95().low()), exponent(step.ci95().high()), step.flops().length));
        }
        return new RecipeNotes(heading, lines, List.of(bundle.getString("recipe.reconcile.notes.effects"),
                bundle.getString("recipe.reconcile.notes.method")));
    }

    /**
     * The reconciliation's schedule trap: the two exponents the engine fitted on the demo curves and
     * which way the early reads lean, by their sign; {@code trap} null while it is computed.
     */
    static RecipeNotes trap(TruncatedCosineTrap trap, String problem, ResourceBundle bundle) {
        List<String> lines = new ArrayList<>();
        if (trap != null) {
            long[] steps = trap.steps();
            lines.add(format(bundle, "recipe.reconcile.trap.line", String.format(Locale.ROOT, "%,d", steps[steps.length - 1]),
                    steps.length - 1, exponent(trap.earlyReadExponent()), exponent(trap.endedExponent()),
                    bundle.getString("recipe.reconcile.trap." + ScheduleTrap.direction(trap).id())));
        } else if (problem != null && !problem.isEmpty()) {
            lines.add(format(bundle, "recipe.reconcile.trap.failed", problem));
        } else {
            lines.add(bundle.getString("recipe.reconcile.trap.computing"));
        }
        ScheduleLaw law = DemoCurves.LAW;
        return new RecipeNotes(bundle.getString("recipe.reconcile.trap.heading"), lines, List.of(
                format(bundle, "recipe.reconcile.trap.demo", ReadableQuantity.plain(law.l0()), ReadableQuantity.plain(law.a()),
                        ReadableQuantity.plain(law.alpha()), ReadableQuantity.plain(law.c()),
                        ReadableQuantity.plain(law.decayFactor())),
                bundle.getString("recipe.reconcile.trap.more")));
    }

    private static RecipeNotes balance(String heading, BalancePanel panel, ResourceBundle bundle) {
        List<String> lines = new ArrayList<>();
        lines.add(format(bundle, "recipe.balance.notes.run", ReadableQuantity.count(panel.params()),
                ReadableQuantity.count(panel.tokens()), ReadableQuantity.count(panel.minTokens()),
                ReadableQuantity.times(panel.margin()),
                bundle.getString(panel.margin() >= 1 ? "recipe.balance.safe" : "recipe.balance.below")));
        StringBuilder models = new StringBuilder();
        for (int i = 0; i < panel.models().size(); i++) {
            ReferenceModel model = panel.models().get(i);
            double margin = OverfittingBound.margin(panel.modelParams()[i], model.tokens());
            models.append(i == 0 ? "" : ", ").append(model.name()).append(' ').append(ReadableQuantity.times(margin));
        }
        lines.add(format(bundle, "recipe.balance.notes.models", models.toString()));
        return new RecipeNotes(heading, lines, List.of(bundle.getString("recipe.balance.notes.bound"),
                bundle.getString("recipe.balance.notes.kaplanRuns")));
    }

    /** A learning rate as people write it: 5.56e-4, 0.0313. */
    static String rate(double value) {
        return value >= 0.01 ? ReadableQuantity.plain(value) : String.format(Locale.ROOT, "%.3g", value).replace("e-0", "e-");
    }

    private static String exponent(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String format(ResourceBundle bundle, String key, Object... arguments) {
        return MessageFormat.format(bundle.getString(key), arguments);
    }
}
