package org.scalingexplorer.ui.fit;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.scalingexplorer.engine.fit.Bootstrap;
import org.scalingexplorer.engine.fit.HoldoutAxis;
import org.scalingexplorer.engine.fit.HoldoutSpec;
import org.scalingexplorer.engine.fit.LawExtrapolation;
import org.scalingexplorer.engine.fit.ParameterEstimate;
import org.scalingexplorer.ui.chart.QuantityFormat;

/** How the Fit view and its rendered figure word a fitted quantity: its name, value and interval. */
final class FitText {

    private FitText() {
    }

    static String name(ResourceBundle bundle, ParameterEstimate estimate) {
        return bundle.getString("fit.param." + estimate.key());
    }

    /** "Log-Huber (paper)" or "Lower envelope (λ = 10)". */
    static String objective(ResourceBundle bundle, Approach3Objective objective) {
        if (objective.kind() == Approach3Objective.Kind.LOG_HUBER) {
            return bundle.getString("fit.objective.logHuber");
        }
        return MessageFormat.format(bundle.getString("fit.objective.lowerEnvelope.lambda"), lambda(objective.lambda()));
    }

    /** 10, 2.5: a lambda as typed, without trailing zeros. */
    static String lambda(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }

    static String value(ParameterEstimate estimate) {
        return format(estimate.key(), estimate.value());
    }

    static String interval(ResourceBundle bundle, ParameterEstimate estimate) {
        if (!estimate.hasInterval()) {
            return bundle.getString("fit.interval.none");
        }
        return MessageFormat.format(bundle.getString("fit.interval"), format(estimate.key(), estimate.ci95().low()),
                format(estimate.key(), estimate.ci95().high()));
    }

    /** Counts of parameters and tokens as 7.32e10, losses to four decimals, constants to four significant digits. */
    private static String format(String key, double value) {
        return switch (key) {
            case Bootstrap.OPTIMAL_PARAMS, Bootstrap.OPTIMAL_TOKENS -> QuantityFormat.count(value);
            case LawExtrapolation.LOSS_AT_TARGET -> QuantityFormat.loss(value);
            case Bootstrap.TOKENS_PER_PARAM -> String.format(java.util.Locale.ROOT, "%.1f", value);
            default -> significant(value);
        };
    }

    /** 0.3473, 1.817, 477.8, 2143, 6.1e-05: as many digits as a bootstrap interval can vouch for. */
    private static String significant(double value) {
        double magnitude = Math.abs(value);
        if (value != 0 && (magnitude >= 1e5 || magnitude < 1e-3)) {
            return String.format(java.util.Locale.ROOT, "%.3e", value).replace("e+", "e");
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** What a hold-out holds out: "C > 1e21", "N > 4e8", "group 6.9B". */
    static String holdout(ResourceBundle bundle, HoldoutSpec spec) {
        if (spec.axis() == HoldoutAxis.GROUP) {
            return MessageFormat.format(bundle.getString("fit.holdout.what.group"), spec.group());
        }
        return MessageFormat.format(bundle.getString("fit.holdout.what." + spec.axis().id()),
                QuantityFormat.count(spec.cutoff()));
    }

    static String percent(double fraction) {
        return String.format(java.util.Locale.ROOT, "%.2f%%", 100 * fraction);
    }

    /** A warning's title in the user's language; an unknown kind shows its id. */
    static String warningTitle(ResourceBundle bundle, org.scalingexplorer.engine.fit.TrustWarning warning) {
        String key = "fit.warning." + warning.kind();
        return bundle.containsKey(key) ? bundle.getString(key) : warning.kind();
    }

    /** What a warning says, in the user's language from its values; the engine's English line otherwise. */
    static String warningDetail(ResourceBundle bundle, org.scalingexplorer.engine.fit.TrustWarning warning) {
        String key = "fit.warning." + warning.kind() + ".detail";
        if (!bundle.containsKey(key) || warning.arguments().isEmpty()) {
            return warning.message();
        }
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(warning.arguments().toArray());
    }

    /** The runs a warning names, its "and 12 more" in the user's language. */
    static java.util.List<String> warningRuns(ResourceBundle bundle, org.scalingexplorer.engine.fit.TrustWarning warning) {
        return warning.runs().stream().map(run -> org.scalingexplorer.engine.fit.RunNames.moreCount(run).stream()
                .mapToObj(count -> MessageFormat.format(bundle.getString("fit.warning.more"), count))
                .findFirst().orElse(run)).toList();
    }
}
