package org.scalingexplorer.ui.plan;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import org.scalingexplorer.engine.fit.AsymmetricHuberLoss;
import org.scalingexplorer.engine.fit.HuberLoss;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.plan.NoiseModel;
import org.scalingexplorer.engine.plan.ObjectiveComparison;
import org.scalingexplorer.engine.plan.Recovery;
import org.scalingexplorer.ui.chart.QuantityFormat;

/**
 * The objective comparison of the Plan view as text cells: the truth in the first row (the same for
 * every row, since every row samples the same law), then one row per noise model and objective, each
 * estimate followed by its signed error against the truth.
 */
final class ComparisonTable {

    /** E, alpha, beta: A and B are left out because their errors mirror those of the exponents. */
    static final List<String> CONSTANTS = List.of(ChinchillaLaw.E, ChinchillaLaw.ALPHA, ChinchillaLaw.BETA);

    private ComparisonTable() {
    }

    static List<String> header(ResourceBundle bundle, ObjectiveComparisonResult result) {
        List<String> header = new ArrayList<>();
        header.add(bundle.getString("plan.compare.noiseModel"));
        header.add(bundle.getString("plan.compare.objective"));
        for (String name : CONSTANTS) {
            header.add(bundle.getString("constant." + name));
        }
        header.add(bundle.getString("plan.compare.exponent"));
        header.add(MessageFormat.format(bundle.getString("plan.compare.loss"),
                QuantityFormat.count(result.experiment().targetFlops())));
        return header;
    }

    /** The truth first, then one row per noise model and objective. */
    static List<List<String>> rows(ResourceBundle bundle, ObjectiveComparisonResult result) {
        List<List<String>> rows = new ArrayList<>();
        Recovery any = result.rows().get(0).recovery();
        List<String> truth = new ArrayList<>();
        truth.add(bundle.getString("plan.compare.truth"));
        truth.add("");
        for (String name : CONSTANTS) {
            truth.add(digits(any.trueConstant(name)));
        }
        truth.add(digits(any.trueParamsExponent()));
        truth.add(QuantityFormat.loss(any.trueOptimalLoss()));
        rows.add(truth);
        for (ObjectiveComparison.Row row : result.rows()) {
            Recovery recovery = row.recovery();
            List<String> cells = new ArrayList<>();
            cells.add(bundle.getString("plan.compare.noiseModel." + row.noiseModel().id()));
            cells.add(bundle.getString("plan.compare.objective." + recovery.penaltyId()));
            for (String name : CONSTANTS) {
                cells.add(digits(recovery.recoveredConstant(name)) + " (" + percent(recovery.relativeError(name)) + ")");
            }
            OptionalDouble exponent = recovery.recoveredParamsExponent();
            cells.add(exponent.isPresent() ? digits(exponent.getAsDouble()) + " ("
                    + percent((exponent.getAsDouble() - recovery.trueParamsExponent()) / recovery.trueParamsExponent())
                    + ")" : "-");
            OptionalDouble loss = recovery.extrapolatedLoss();
            cells.add(loss.isPresent() ? QuantityFormat.loss(loss.getAsDouble()) + " ("
                    + percent(recovery.extrapolationError().getAsDouble()) + ")" : "-");
            rows.add(cells);
        }
        return rows;
    }

    /** Which objective came closer to the true E under one-sided noise, and by how much each missed. */
    static String verdict(ResourceBundle bundle, ObjectiveComparisonResult result) {
        double huberMiss = result.irreducibleMiss(NoiseModel.ONE_SIDED, HuberLoss.ID);
        double envelopeMiss = result.irreducibleMiss(NoiseModel.ONE_SIDED, AsymmetricHuberLoss.ID);
        Optional<String> closer = result.closerOnIrreducible(NoiseModel.ONE_SIDED, HuberLoss.ID,
                AsymmetricHuberLoss.ID);
        if (closer.isEmpty()) {
            return MessageFormat.format(bundle.getString("plan.compare.verdict.tie"), unsigned(huberMiss));
        }
        boolean envelopeCloser = closer.get().equals(AsymmetricHuberLoss.ID);
        String winner = envelopeCloser ? AsymmetricHuberLoss.ID : HuberLoss.ID;
        String loser = envelopeCloser ? HuberLoss.ID : AsymmetricHuberLoss.ID;
        return MessageFormat.format(bundle.getString("plan.compare.verdict"),
                bundle.getString("plan.objective." + winner),
                unsigned(envelopeCloser ? envelopeMiss : huberMiss),
                unsigned(envelopeCloser ? huberMiss : envelopeMiss),
                bundle.getString("plan.objective." + loser));
    }

    /** Four significant digits: enough to see a miss of a tenth of a percent, short enough for a cell. */
    private static String digits(double value) {
        return String.format(Locale.ROOT, "%.4g", value).replace("e+", "e");
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", 100 * fraction);
    }

    private static String unsigned(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }
}
