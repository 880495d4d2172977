package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.ChinchillaOptimum;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ChinchillaLaw;

/**
 * What a fitted law says beyond its constants, each with the 95% percentile interval of the same
 * quantity over the bootstrap's resamples (none without a bootstrap): for a Chinchilla-form law the
 * allocation exponents a and b of N_opt ∝ C^a, D_opt ∝ C^b and, at a target budget C = 6ND, the
 * compute-optimal N, D, tokens per parameter and loss (science.md section 3); for a power law against
 * compute the loss at the target; and the same quantities along a range of budgets, for a band.
 */
public final class LawExtrapolation {

    /** The extrapolated loss at the target budget. */
    public static final String LOSS_AT_TARGET = "loss";

    /** A quantity along {@code x}, with its 95% band ({@code low} and {@code high} empty without a bootstrap). */
    public record Band(double[] x, double[] estimate, double[] low, double[] high) {
    }

    private LawExtrapolation() {
    }

    /**
     * The fit's constants with their intervals and, for a Chinchilla-form law, the allocation
     * exponents and the tokens per parameter at {@code targetFlops}.
     */
    public static List<ParameterEstimate> constants(LawFitOutcome outcome, double targetFlops) {
        List<ParameterEstimate> rows = new ArrayList<>();
        outcome.constants().forEach((name, value) -> rows.add(new ParameterEstimate(name, value,
                outcome.interval(name))));
        outcome.fit().chinchillaLaw().ifPresent(law -> {
            rows.add(derived(outcome, Bootstrap.A_EXPONENT, law, l -> ChinchillaOptimum.of(l).paramsExponent()));
            rows.add(derived(outcome, Bootstrap.B_EXPONENT, law, l -> ChinchillaOptimum.of(l).tokensExponent()));
            rows.add(derived(outcome, Bootstrap.TOKENS_PER_PARAM, law, l -> allocation(l, targetFlops).tokensPerParam()));
        });
        return rows;
    }

    /**
     * At {@code targetFlops}: the compute-optimal N and D and the loss there for a Chinchilla-form law,
     * the loss for a power law against compute, nothing for other forms.
     */
    public static List<ParameterEstimate> atTarget(LawFitOutcome outcome, double targetFlops) {
        Optional<ChinchillaLaw> law = outcome.fit().chinchillaLaw();
        if (law.isPresent()) {
            return List.of(
                    derived(outcome, Bootstrap.OPTIMAL_PARAMS, law.get(), l -> allocation(l, targetFlops).params()),
                    derived(outcome, Bootstrap.OPTIMAL_TOKENS, law.get(), l -> allocation(l, targetFlops).tokens()),
                    derived(outcome, LOSS_AT_TARGET, law.get(), l -> allocation(l, targetFlops).loss()));
        }
        if (outcome.form() instanceof PowerLawForm power && power.variable() == FitVariable.FLOPS) {
            return List.of(powerDerived(outcome, LOSS_AT_TARGET, targetFlops));
        }
        return List.of();
    }

    /** The compute-optimal N along {@code flops}, for a Chinchilla-form law with one; else empty. */
    public static Optional<Band> optimalParams(LawFitOutcome outcome, double[] flops) {
        return outcome.fit().chinchillaLaw().map(law -> band(outcome, flops,
                c -> ComputeOptimalAllocator.optimalParams(law, ComputeBudget.ofFlops(c)),
                (c, resample) -> ComputeOptimalAllocator.optimalParams(resample, ComputeBudget.ofFlops(c))));
    }

    /** A power law's loss along its variable {@code x}; empty for other forms. */
    public static Optional<Band> powerLoss(LawFitOutcome outcome, double[] x) {
        if (!(outcome.form() instanceof PowerLawForm)) {
            return Optional.empty();
        }
        double[] estimate = new double[x.length];
        double[] low = new double[outcome.bootstrap() == null ? 0 : x.length];
        double[] high = new double[low.length];
        for (int i = 0; i < x.length; i++) {
            ParameterEstimate at = powerDerived(outcome, LOSS_AT_TARGET, x[i]);
            estimate[i] = at.value();
            if (low.length > 0) {
                low[i] = at.hasInterval() ? at.ci95().low() : Double.NaN;
                high[i] = at.hasInterval() ? at.ci95().high() : Double.NaN;
            }
        }
        return Optional.of(new Band(x, estimate, low, high));
    }

    /** L = E + A x^-alpha of the power law's constants. */
    private static double powerLossAt(Map<String, Double> constants, double x) {
        return constants.get("E") + constants.get("A") * Math.pow(x, -constants.get("alpha"));
    }

    private static ParameterEstimate powerDerived(LawFitOutcome outcome, String key, double x) {
        double value = powerLossAt(outcome.constants(), x);
        Interval interval = outcome.bootstrap() == null ? null
                : outcome.bootstrap().derived(row -> powerLossAt(constantsOf(outcome.bootstrap(), row), x));
        return new ParameterEstimate(key, value, interval);
    }

    private interface BandQuantity {
        double of(double x, ChinchillaLaw resample);
    }

    private static Band band(LawFitOutcome outcome, double[] x, java.util.function.DoubleUnaryOperator value,
                             BandQuantity quantity) {
        double[] estimate = new double[x.length];
        FormBootstrap.Samples samples = outcome.bootstrap();
        double[] low = new double[samples == null ? 0 : x.length];
        double[] high = new double[low.length];
        for (int i = 0; i < x.length; i++) {
            estimate[i] = value.applyAsDouble(x[i]);
            if (samples != null) {
                double at = x[i];
                Interval interval = samples.derived(row -> resampleLaw(samples, row)
                        .map(law -> quantity.of(at, law)).orElse(Double.NaN));
                low[i] = interval == null ? Double.NaN : interval.low();
                high[i] = interval == null ? Double.NaN : interval.high();
            }
        }
        return new Band(x, estimate, low, high);
    }

    private static ParameterEstimate derived(LawFitOutcome outcome, String key, ChinchillaLaw law,
                                             ToDoubleFunction<ChinchillaLaw> quantity) {
        FormBootstrap.Samples samples = outcome.bootstrap();
        Interval interval = samples == null ? null : samples.derived(row -> resampleLaw(samples, row)
                .map(quantity::applyAsDouble).orElse(Double.NaN));
        return new ParameterEstimate(key, quantity.applyAsDouble(law), interval);
    }

    private static Optional<ChinchillaLaw> resampleLaw(FormBootstrap.Samples samples, double[] row) {
        return FormFit.chinchillaLaw(constantsOf(samples, row));
    }

    private static Map<String, Double> constantsOf(FormBootstrap.Samples samples, double[] row) {
        Map<String, Double> constants = new LinkedHashMap<>();
        for (int k = 0; k < samples.constantNames().size(); k++) {
            constants.put(samples.constantNames().get(k), row[k]);
        }
        return constants;
    }

    private static Allocation allocation(ChinchillaLaw law, double flops) {
        return ComputeOptimalAllocator.allocate(law, ComputeBudget.ofFlops(flops));
    }
}
