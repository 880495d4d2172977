package org.scalingexplorer.engine.lesson;

import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ScalingLaw;

/** The right answer to a lesson question under a law, and whether a student's value is close enough. */
public final class AnswerCheck {
    private AnswerCheck() {
    }

    public static double expected(LessonAnswer answer, ScalingLaw law) {
        return switch (answer.quantity()) {
            case "optimal_params" -> optimum(answer, law).params();
            case "optimal_tokens" -> optimum(answer, law).tokens();
            case "tokens_per_param" -> optimum(answer, law).tokensPerParam();
            case "loss" -> law.loss(answer.params(), answer.tokens());
            case "value" -> answer.value();
            default -> throw new IllegalArgumentException("unknown quantity " + answer.quantity());
        };
    }

    public static boolean accepts(LessonAnswer answer, double expected, double studentValue) {
        if (!Double.isFinite(studentValue)) {
            return false;
        }
        if (answer.toleranceLog10() != null) {
            return studentValue > 0 && expected > 0
                    && Math.abs(Math.log10(studentValue) - Math.log10(expected)) <= answer.toleranceLog10();
        }
        return Math.abs(studentValue - expected) <= answer.toleranceRelative() * Math.abs(expected);
    }

    private static Allocation optimum(LessonAnswer answer, ScalingLaw law) {
        return ComputeOptimalAllocator.allocate(law, ComputeBudget.ofFlops(answer.flops()));
    }
}
