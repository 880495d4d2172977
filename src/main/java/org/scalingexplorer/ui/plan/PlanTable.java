package org.scalingexplorer.ui.plan;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.scalingexplorer.engine.plan.EstimateSpread;
import org.scalingexplorer.engine.plan.Recovery;
import org.scalingexplorer.engine.plan.StudySummary;
import org.scalingexplorer.ui.chart.QuantityFormat;

/**
 * The result table of the Plan view as text cells, shared by the window and the rendered figure:
 * one row per estimate with the truth, the single fit, and the median and 95% range of the repeats.
 */
final class PlanTable {

    private PlanTable() {
    }

    static List<String> header(ResourceBundle bundle, PlanResult result) {
        return List.of(bundle.getString("plan.results.constant"), bundle.getString("plan.results.truth"),
                MessageFormat.format(bundle.getString("plan.results.recovered"), Long.toString(result.seed())),
                MessageFormat.format(bundle.getString("plan.results.spread"), result.study().repetitions()));
    }

    static List<List<String>> rows(ResourceBundle bundle, PlanResult result) {
        Recovery recovery = result.recovery();
        StudySummary study = result.study();
        List<List<String>> rows = new ArrayList<>();
        for (String name : Recovery.CONSTANTS) {
            rows.add(List.of(bundle.getString("constant." + name), QuantityFormat.constant(recovery.trueConstant(name)),
                    QuantityFormat.constant(recovery.recoveredConstant(name)), spread(study.spreads().get(name))));
        }
        rows.add(List.of(bundle.getString("plan.results.exponent"),
                QuantityFormat.constant(recovery.trueParamsExponent()),
                recovery.recoveredParamsExponent().isPresent()
                        ? QuantityFormat.constant(recovery.recoveredParamsExponent().getAsDouble()) : "-",
                spread(study.spreads().get(StudySummary.A_EXPONENT))));
        rows.add(List.of(MessageFormat.format(bundle.getString("plan.results.loss"),
                        QuantityFormat.count(result.experiment().targetFlops())),
                QuantityFormat.loss(recovery.trueOptimalLoss()),
                recovery.extrapolatedLoss().isPresent() ? QuantityFormat.loss(recovery.extrapolatedLoss().getAsDouble())
                        + " (" + percent(recovery.extrapolationError().getAsDouble()) + ")" : "-",
                spread(study.spreads().get(StudySummary.EXTRAPOLATED_LOSS))));
        return rows;
    }

    private static String spread(EstimateSpread spread) {
        if (spread == null) {
            return "-";
        }
        return QuantityFormat.constant(spread.median()) + "  [" + QuantityFormat.constant(spread.p2_5()) + ", "
                + QuantityFormat.constant(spread.p97_5()) + "]";
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.2f%%", 100 * fraction);
    }
}
