package org.scalingexplorer.engine.fit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * The fast search (scan the exponents, solve for the linear coefficients, refine a few starts) reaches
 * the optimum of the full grid of starts, the same objective or a lower one, on every final-loss run
 * set of {@code ../shared/data} and for every form: Chinchilla, tied, Kaplan, the power law against
 * each variable, and the data-constrained form where unique tokens are known (Muennighoff's runs,
 * with the authors' five constants fixed, and with E free as well). With A, B or an exponent of the
 * data-constrained form free, its fast search is the full grid ({@link DataConstrainedForm#hasFastSearch}).
 * Each set is one test, so a failure names it. Skipped where {@code ../shared} is absent.
 */
class FastFitTest {

    /** Relative slack: both searches polish to a gradient of 1e-10, so equal optima agree to rounding. */
    private static final double SLACK = 1e-11;

    private static final List<LawForm> FORMS = List.of(ChinchillaForm.FREE, ChinchillaForm.TIED, KaplanForm.INSTANCE,
            new PowerLawForm(FitVariable.FLOPS), new PowerLawForm(FitVariable.PARAMS), new PowerLawForm(FitVariable.TOKENS));

    @TestFactory
    Stream<DynamicTest> fastSearchReachesTheFullGridOptimumOnEverySharedSet() {
        Assumptions.assumeTrue(SharedDataSets.present(), "../shared/data is absent");
        Map<String, List<TrainingRun>> sets = SharedDataSets.all();
        assertTrue(sets.size() >= 30, "expected the 35 shared sets, found " + sets.keySet());
        return sets.entrySet().stream().map(set -> DynamicTest.dynamicTest(set.getKey(), () -> {
            List<String> failures = new ArrayList<>();
            for (LawForm form : FORMS) {
                compare(set.getKey(), set.getValue(), form, FixedCoordinates.none(form), failures);
            }
            if (set.getValue().stream().allMatch(TrainingRun::hasUniqueTokens)) {
                DataConstrainedForm dc = DataConstrainedForm.INSTANCE;
                compare(set.getKey(), set.getValue(), dc, FixedCoordinates.of(dc, authorsFiveConstants()), failures);
                Map<String, Double> withoutE = new LinkedHashMap<>(authorsFiveConstants());
                withoutE.remove("E");
                compare(set.getKey(), set.getValue(), dc, FixedCoordinates.of(dc, withoutE), failures);
            }
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        }));
    }

    /** E, A, B, alpha and beta of Muennighoff et al. 2023 (their C4 fit), which the authors held fixed. */
    static Map<String, Double> authorsFiveConstants() {
        Map<String, Double> constants = new LinkedHashMap<>();
        constants.put("E", Math.exp(0.6254804));
        constants.put("A", Math.exp(6.255414));
        constants.put("B", Math.exp(7.3049974));
        constants.put("alpha", 0.3526596);
        constants.put("beta", 0.3526596);
        return constants;
    }

    private static void compare(String set, List<TrainingRun> runs, LawForm form, FixedCoordinates fixed,
                                List<String> failures) {
        FormFitter fast = new FormFitter(form, HuberLoss.chinchilla(), fixed, FormFitter.Search.FAST);
        FormFit fastFit = fast.fit(runs);
        FormFit gridFit = fast.withSearch(FormFitter.Search.FULL_GRID).fit(runs);
        String label = set + " " + form.formula() + (fixed.any() ? " fixed " + fixed.constants().keySet() : "");
        if (fastFit.objective() > gridFit.objective() * (1 + SLACK) + 1e-300) {
            failures.add(String.format("%s: fast objective %.13g (%d starts) above the full grid's %.13g (%d starts)",
                    label, fastFit.objective(), fastFit.starts(), gridFit.objective(), gridFit.starts()));
        }
    }
}
