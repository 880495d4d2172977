package org.scalingexplorer.ui.recipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.allocation.CriticalBatchLaw;
import org.scalingexplorer.engine.allocation.ReferenceModel;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.lesson.Lesson;
import org.scalingexplorer.engine.lesson.LessonStep;
import org.scalingexplorer.engine.plan.ShapeBowl;
import org.scalingexplorer.engine.plan.ShapeCandidate;
import org.scalingexplorer.engine.plan.TransformerShape;
import org.scalingexplorer.engine.recipe.ConfigurationRuns;
import org.scalingexplorer.engine.recipe.ConfigurationRunsReader;
import org.scalingexplorer.engine.recipe.CorrectionStepFitter;
import org.scalingexplorer.engine.recipe.OverfittingBound;
import org.scalingexplorer.engine.recipe.mup.MupResult;
import org.scalingexplorer.engine.recipe.mup.MupSweep;
import org.scalingexplorer.engine.recipe.mup.Parametrization;
import org.scalingexplorer.engine.recipe.mup.WidthCurve;
import org.scalingexplorer.ui.lessons.LessonQuestionModel;
import org.scalingexplorer.ui.lessons.LessonsViewModel;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * Every number the Recipe lessons quote, computed again: each step is applied as the lessons panel
 * applies it (law, constants, the Recipe view's settings), and what the view-model then shows must be
 * the number in the text, in English and in Chinese.
 */
class RecipeLessonsTest {

    private static final Path PORIAN = Path.of("../shared/data/external/porian2024-isoflops");

    private final ExplorerModels models = new ExplorerModels(WorkMode.INLINE);
    private final LessonsViewModel lessons = models.lessons();
    private final RecipeViewModel recipe = models.viewModel(RecipeModule.MODULE);
    private String english;
    private String chinese;

    /** Applies a step as the panel does and keeps its text. */
    private void step(String lessonId, int index) {
        Lesson lesson = lessons.lessons().stream().filter(l -> l.id().equals(lessonId)).findFirst().orElseThrow();
        lessons.lessonProperty().set(lesson);
        lessons.goTo(index);
        assertEquals("", lessons.problemProperty().get(), lessonId + " step " + (index + 1));
        LessonStep step = lessons.stepProperty().get();
        english = step.text().in("en");
        chinese = step.text().in("zh_CN");
    }

    /** The English text says {@code shown}, which stands for {@code value}, and the app computes {@code actual}. */
    private void quotes(String shown, double value, double actual, double relativeTolerance) {
        assertTrue(english.contains(shown), "the lesson says " + shown + ": " + english);
        assertEquals(value, actual, relativeTolerance * Math.abs(value), shown);
    }

    /** The Chinese text gives the same number, written {@code shown}. */
    private void saysInChinese(String shown) {
        assertTrue(chinese.contains(shown), "the Chinese text says " + shown + ": " + chinese);
    }

    @Test
    void batchSize() {
        step("batch-size", 0);
        BatchPanel batch = recipe.result().batch();
        assertEquals(LawPreset.CHINCHILLA_2022, batch.preset());
        quotes("loss of 2.14", 2.14, batch.tradeoff().loss(), 0.003);
        quotes("5.16B parameters", 5.16e9, batch.tradeoff().params(), 0.002);
        quotes("323B tokens", 323e9, batch.tradeoff().minTokens(), 0.002);
        quotes("= 5.63M tokens", 5.63e6, batch.tradeoff().criticalBatchTokens(), 0.002);
        quotes("2.1×10⁸ / L⁴·⁷⁶", 2.1e8, CriticalBatchLaw.KAPLAN_2020.tokensStar(), 1e-12);
        quotes("4.76 = 1/α_B", 4.76, 1 / CriticalBatchLaw.KAPLAN_2020.alphaB(), 0.001);
        quotes("α_B = 0.21", 0.21, CriticalBatchLaw.KAPLAN_2020.alphaB(), 1e-12);
        saysInChinese("563 万");
        step("batch-size", 1);
        batch = recipe.result().batch();
        quotes("S_min = 57.4K steps", 57.4e3, batch.tradeoff().minSteps(), 0.002);
        quotes("batch of 4.19M tokens", 4.19e6, batch.batchTokens(), 0.002);
        quotes("2.34 times S_min", 2.34, batch.steps() / batch.tradeoff().minSteps(), 0.003);
        quotes("1.75 times E_min", 1.75, batch.tokens() / batch.tradeoff().minTokens(), 0.003);
        saysInChinese("2.34 倍");
        assertNull(lessons.question().answerProperty().get(), "the question starts unanswered");
        assertEquals(LessonQuestionModel.Verdict.NOT_CHECKED, lessons.question().check(), "nothing to check before an answer");
        recipe.batchAtCritical();
        assertEquals(2, recipe.result().batch().steps() / recipe.result().batch().tradeoff().minSteps(), 1e-9,
                "at B = B_crit, twice S_min, as the text says");
        assertEquals(2, recipe.result().batch().tokens() / recipe.result().batch().tradeoff().minTokens(), 1e-9);
        String question = lessons.stepProperty().get().question().text().in("en");
        double quarter = recipe.result().batch().tradeoff().criticalBatchTokens() / 4;
        assertTrue(question.contains("about 1.41M tokens"), question);
        assertEquals(1.41e6, quarter, 0.004 * 1.41e6);
        assertTrue(lessons.stepProperty().get().question().text().in("zh_CN").contains("141 万"));
        assertTrue(recipe.batch().submit(Double.toString(quarter)));
        double shown = recipe.result().batch().steps() / recipe.result().batch().tradeoff().minSteps();
        assertTrue(lessons.question().submitTyped(Double.toString(shown)));
        assertEquals(LessonQuestionModel.Verdict.RIGHT, lessons.question().check());
        assertEquals(lessons.question().shownAnswerProperty().get(), shown, 1e-9,
                "the question's answer is what the view shows at a quarter of B_crit");
        assertFalse(Pattern.compile("(?<![\\d.])(5|five) times").matcher(english).find(), "the text does not give the answer away");
        step("batch-size", 2);
        batch = recipe.result().batch();
        quotes("falls to 1.91", 1.91, batch.tradeoff().loss(), 0.003);
        quotes("grows to 9.61M tokens", 9.61e6, batch.tradeoff().criticalBatchTokens(), 0.002);
        assertTrue(recipe.budget().submit("1e20"));
        batch = recipe.result().batch();
        quotes("(loss 2.60)", 2.60, batch.tradeoff().loss(), 0.002);
        quotes("it is 2.22M", 2.22e6, batch.tradeoff().criticalBatchTokens(), 0.003);
        saysInChinese("961 万");
    }

    @Test
    void learningRateFromCompute() {
        step("learning-rate", 0);
        HyperPanel hyper = recipe.result().hyper();
        quotes("5.08B parameters", 5.08e9, hyper.deepSeekAtBudget().nonEmbeddingParams(), 0.002);
        quotes("= 9.84×10²¹", 9.84e21, hyper.deepSeekAtBudget().evaluatedFlops(), 0.001);
        quotes("η = 5.56×10⁻⁴", 5.56e-4, hyper.deepSeekAtBudget().learningRate(), 0.002);
        quotes("B = 4.56M tokens", 4.56e6, hyper.deepSeekAtBudget().batchTokens(), 0.002);
        saysInChinese("456 万");
        step("learning-rate", 1);
        hyper = recipe.result().hyper();
        quotes("η = 7.34×10⁻⁴", 7.34e-4, hyper.stepLawAtBudget().learningRate(), 0.002);
        quotes("B = 2.16M tokens", 2.16e6, hyper.stepLawAtBudget().batchTokens(), 0.003);
        double rateAt1e22 = hyper.deepSeekAtBudget().learningRate();
        double batchAt1e22 = hyper.deepSeekAtBudget().batchTokens();
        step("learning-rate", 2);
        hyper = recipe.result().hyper();
        quotes("η = 3.12×10⁻⁴", 3.12e-4, hyper.deepSeekAtBudget().learningRate(), 0.002);
        quotes("B = 20.7M tokens", 20.7e6, hyper.deepSeekAtBudget().batchTokens(), 0.003);
        quotes("η = 3.59×10⁻⁴", 3.59e-4, hyper.stepLawAtBudget().learningRate(), 0.002);
        quotes("B = 9.15M", 9.15e6, hyper.stepLawAtBudget().batchTokens(), 0.002);
        quotes("100⁰·¹²⁵ = 1.78", 1.78, Math.pow(100, 0.125), 0.002);
        quotes("about 100⁰·³²⁷¹ = 4.5", 4.5, Math.pow(100, 0.3271), 0.01);
        quotes("by a factor of about two on the batch", 2,
                hyper.deepSeekAtBudget().batchTokens() / hyper.stepLawAtBudget().batchTokens(), 0.15);
        assertEquals(1.78, rateAt1e22 / hyper.deepSeekAtBudget().learningRate(), 0.01);
        assertEquals(4.5, hyper.deepSeekAtBudget().batchTokens() / batchAt1e22, 0.05);
        saysInChinese("2070 万");
    }

    @Test
    void mupAsTrainedWithSeedOne() {
        step("mup", 1);
        assertEquals(MupSweep.defaultGrid(1), recipe.mup().gridProperty().get(), "the lesson's sweep is the panel's");
        MupResult result = MupSweep.run(MupSweep.defaultGrid(1), fraction -> { }, () -> false);
        step("mup", 0);
        quotes("trains 80 small networks", 80, 2 * result.grid().widths().length * result.grid().learningRates().length, 0);
        assertTrue(english.contains("widths 32, 64, 128 and 256"), english);
        assertArrayEquals(new int[] {32, 64, 128, 256}, result.grid().widths());
        quotes("at ten learning rates", 10, result.grid().learningRates().length, 0);
        quotes("from 2⁻¹³", Math.pow(2, -13), result.grid().learningRates()[0], 1e-12);
        quotes("to 2⁻⁴", Math.pow(2, -4), result.grid().learningRates()[9], 1e-12);
        step("mup", 1);
        quotes("moves 16 times", 16, result.bestRateDrift(Parametrization.STANDARD), 1e-12);
        List<WidthCurve> standard = result.standard();
        quotes("width 32 (0.0625", 0.0625, standard.get(0).bestLearningRate(), 1e-12);
        double[] rates = result.grid().learningRates();
        assertEquals(rates[rates.length - 1], standard.get(0).bestLearningRate(), "the largest rate tried");
        quotes("width 256 (0.0039)", 0.0039, standard.get(3).bestLearningRate(), 0.002);
        assertTrue(result.bestRateSpreadInSteps(Parametrization.MUP) <= 1, "within one grid step");
        quotes("(a factor of 2)", 2, result.bestRateDrift(Parametrization.MUP), 1e-12);
        for (int w = 1; w < result.mup().size(); w++) {
            assertTrue(result.mup().get(w).bestLoss() < result.mup().get(w - 1).bestLoss(), "wider reaches lower loss");
        }
        saysInChinese("16 倍");
    }

    @Test
    void shapes() {
        step("shapes", 0);
        quotes("about 22% more compute", 0.22, recipe.result().shapes().computePerPercent(), 0.01);
        quotes("1.01²⁰ = 1.22", 1.22, ShapeBowl.computeFactor(0.01), 0.002);
        quotes("20 = 1/α_C", 20, 1 / ShapeBowl.ALPHA_C_MIN, 1e-9);
        TransformerShape gpt2 = ShapeBowl.KAPLAN_ANCHORS.get(0);
        TransformerShape six = ShapeBowl.KAPLAN_ANCHORS.get(1);
        assertTrue(english.contains("48 layers of width 1600 and 6 layers of width 4288"), english);
        assertEquals(48, gpt2.layers());
        assertEquals(1600, gpt2.width());
        assertEquals(6, six.layers());
        assertEquals(4288, six.width());
        quotes("(1.47×10⁹ and", 1.47e9, gpt2.nonEmbeddingParams(), 0.004);
        quotes("and 1.32×10⁹ non-embedding", 1.32e9, six.nonEmbeddingParams(), 0.003);
        quotes("within 3% of each other", 0.03, ShapeBowl.ANCHOR_LOSS_DIFFERENCE, 1e-12);
        quotes("differ twenty-fold", 20, six.aspectRatio() / gpt2.aspectRatio(), 0.1);
        saysInChinese("1.01²⁰ = 1.22");
        step("shapes", 1);
        ShapesPanel shapes = recipe.result().shapes();
        quotes("has 7.06B parameters", 7.06e9, shapes.lawParams(), 0.002);
        quotes("6.97B without embeddings", 6.97e9, shapes.targetParams(), 0.002);
        ShapeCandidate llama = shapes.suggestions().candidates().stream()
                .filter(c -> c.publishedAs().stream().anyMatch(p -> p.name().equals("LLaMA-7B"))).findFirst().orElseThrow();
        assertEquals(32, llama.shape().layers());
        assertEquals(4096, llama.shape().width());
        quotes("7.5% below", -0.075, (llama.shape().nonEmbeddingParams() - shapes.targetParams()) / shapes.targetParams(), 0.01);
        quotes("each add 131M", 131e6, llama.shape().outputEmbeddingParams(), 0.002);
        assertEquals(llama.shape().inputEmbeddingParams(), llama.shape().outputEmbeddingParams());
        saysInChinese("1.31 亿");
    }

    @Test
    void kaplanAndChinchillaReconciled() throws Exception {
        step("kaplan-chinchilla-reconciled", 0);
        ReconcilePanel reconcile = recipe.result().reconcile();
        assertEquals(LawPreset.CHINCHILLA_2022, reconcile.preset());
        quotes("γ about 47,500", 47_500, org.scalingexplorer.engine.recipe.EmbeddingCount.PEARCE_SONG_2024.gamma(), 0.001);
        quotes("C⁰·⁴⁵² for large", 0.452, reconcile.largeLimit(), 0.002);
        quotes("C⁰·⁷¹² where", 0.712, reconcile.smallLimit(), 0.001);
        assertEquals(768, reconcile.window().smallestParams(), 1);
        assertEquals(1.5e9, reconcile.window().largestParams(), 1e6);
        quotes("comes out at 0.747", 0.747, reconcile.window().exponent(), 0.001);
        quotes("Kaplan reported 0.73", 0.73, ReconcilePanel.KAPLAN_EXPONENT, 1e-12);
        saysInChinese("0.747");
        step("kaplan-chinchilla-reconciled", 1);
        reconcile = recipe.result().reconcile();
        quotes("the fit gives 0.453", 0.453, reconcile.window().exponent(), 0.001);
        quotes("falls to 0.452 beyond", 0.452, reconcile.largeLimit(), 0.002);
        recipe.log10WindowFromProperty().set(6);
        recipe.log10WindowToProperty().set(8);
        quotes("it gives 0.787", 0.787, recipe.result().reconcile().window().exponent(), 0.001);
        double peak = 0;
        double peakAt = 0;
        double[] sizes = reconcile.sizes();
        for (int i = 0; i < sizes.length; i++) {
            if (reconcile.localExponent()[i] > peak) {
                peak = reconcile.localExponent()[i];
                peakAt = sizes[i];
            }
        }
        quotes("peaks near 0.99", 0.99, peak, 0.005);
        quotes("at about 2×10⁶", 2e6, peakAt, 0.25);
        step("kaplan-chinchilla-reconciled", 2);
        Assumptions.assumeTrue(Files.exists(PORIAN), "the quoted exponents come from ../shared/data/external");
        double[] authors = {0.835, 0.706, 0.602, 0.571, 0.497};
        List<CSVRecord> fits = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(PORIAN.resolve("authors_fits.csv"))).getRecords().stream()
                .filter(r -> r.get("dataset").equals("rw")).limit(5).toList();
        for (int i = 0; i < authors.length; i++) {
            quotes(String.format(java.util.Locale.ROOT, "%.3f", authors[i]), authors[i],
                    Double.parseDouble(fits.get(i).get("a_nopt_exponent_weighted")), 0.001);
        }
        List<ConfigurationRuns> refinedWeb = ConfigurationRunsReader.read(PORIAN.resolve("isoflop_points.csv"))
                .stream().filter(c -> c.dataset().equals("rw")).limit(5).toList();
        double[] app = {0.864, 0.697, 0.595, 0.550, 0.501};
        var steps = CorrectionStepFitter.fit(refinedWeb, 10, 1, f -> { }, () -> false);
        for (int i = 0; i < app.length; i++) {
            quotes(String.format(java.util.Locale.ROOT, "%.3f", app[i]), app[i], steps.get(i).exponent(), 0.001);
        }
        saysInChinese("0.864");
    }

    @Test
    void overfitting() {
        step("overfitting", 0);
        quotes("D = 5×10³ N⁰·⁷⁴", 5e3, OverfittingBound.TOKENS_COEFFICIENT, 1e-12);
        quotes("The exponent 0.74", 0.74, OverfittingBound.PARAMS_EXPONENT, 1e-12);
        quotes("needs 22.9B tokens", 22.9e9, OverfittingBound.minTokens(1e9), 0.002);
        quotes("about 4.7 times more data (8⁰·⁷⁴)", 4.7, Math.pow(8, OverfittingBound.PARAMS_EXPONENT), 0.01);
        saysInChinese("229 亿");
        step("overfitting", 1);
        BalancePanel balance = recipe.result().balance();
        quotes("(5.08B parameters", 5.08e9, balance.params(), 0.002);
        quotes("has 4.25 times", 4.25, balance.margin(), 0.002);
        quotes("asks for (76.1B)", 76.1e9, balance.minTokens(), 0.002);
        quotes("has 2.65 times", 2.65, margin(balance, "Chinchilla"), 0.002);
        quotes("0.29 times", 0.29, margin(balance, "GPT-3"), 0.01);
        quotes("Gopher 0.20", 0.20, margin(balance, "Gopher"), 0.02);
        quotes("MT-NLG 0.11", 0.11, margin(balance, "MT-NLG"), 0.04);
        saysInChinese("4.25 倍");
        step("overfitting", 2);
        double firstBelow = 0;
        for (double log10Flops = 17; log10Flops <= 27; log10Flops += 0.05) {
            var run = ComputeOptimalAllocator.allocate(LawPreset.KAPLAN_2020.law(), ComputeBudget.ofFlops(Math.pow(10, log10Flops)));
            if (!OverfittingBound.avoidsOverfitting(run.params(), run.tokens())) {
                firstBelow = Math.pow(10, log10Flops);
                break;
            }
        }
        quotes("from about 3×10¹⁸ FLOPs", 3e18, firstBelow, 0.15);
        saysInChinese("3×10¹⁸");
    }

    /** Math in Unicode, as a projector shows it: α, η, 10²², not alpha, eta, 1e22 or 10^22. */
    @Test
    void mathIsWrittenInUnicode() {
        Pattern ascii = Pattern.compile("\\^|\\b\\d+(\\.\\d+)?e-?\\d+\\b|\\b(alpha|beta|gamma|eta|sigma|mu)\\b|\\bmuP\\b");
        List<String> recipeLessons = List.of("batch-size", "learning-rate", "mup", "shapes", "kaplan-chinchilla-reconciled",
                "overfitting", "beyond-power-laws");
        for (String id : recipeLessons) {
            Lesson lesson = lessons.lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
            for (String language : List.of("en", "zh_CN")) {
                assertFalse(ascii.matcher(lesson.title().in(language)).find(), id + " title " + language);
                for (LessonStep step : lesson.steps()) {
                    for (String text : List.of(step.title().in(language), step.text().in(language))) {
                        assertFalse(ascii.matcher(text).find(), id + " (" + language + "): " + text);
                    }
                    if (step.question() != null) {
                        assertFalse(ascii.matcher(step.question().text().in(language)).find(), id + " question " + language);
                    }
                }
            }
        }
    }

    private static double margin(BalancePanel balance, String name) {
        for (int i = 0; i < balance.models().size(); i++) {
            ReferenceModel model = balance.models().get(i);
            if (model.name().equals(name)) {
                return OverfittingBound.margin(balance.modelParams()[i], model.tokens());
            }
        }
        throw new AssertionError("no published model " + name);
    }
}
