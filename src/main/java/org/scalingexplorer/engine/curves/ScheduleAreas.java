package org.scalingexplorer.engine.curves;

/**
 * The two areas of the learning-rate schedule law of Tissue et al. 2024, "Scaling Law with
 * Learning Rate Annealing" (arXiv:2408.11029), at a set of steps s:
 * <pre>
 *   S1(s) = sum_{i=1..s} eta_i                                 (forward area: the area under the LR curve)
 *   S2(s) = sum_{i=1..s} m_i,  m_i = lambda * m_{i-1} + (eta_{i-1} - eta_i)   (annealing area, momentum form)
 * </pre>
 * with eta_i the learning rate of update i and lambda the decay factor (the paper's default,
 * 0.999). Unrolled, {@code S2(s) = sum_k (eta_{k-1} - eta_k) * (1 - lambda^(s-k+1)) / (1 - lambda)}: each
 * drop of the learning rate lowers the loss with a delay of about 1 / (1 - lambda) steps.
 *
 * With lambda = 1 the momentum is {@code eta_0 - eta_i} and S2 is the plain area between the peak
 * and the learning-rate curve, the "annealing area" of the abstract; lambda below 1 delays it.
 *
 * <p>Source: the abstract of the paper gives the law and names S1 "the area under the LR curve" and
 * S2 "the LR annealing area"; the momentum form and lambda = 0.999 are the paper's section 3 as we
 * know it (the stored text reachable here held only the abstract) and agree with the public
 * reproduction zkshan2002/ScalingLaw. Warmup is left out of S2 (m_i = 0 until the peak), our choice:
 * a rising learning rate is not annealing, and counting it would add a negative area of about
 * peak / (1 - lambda) to every run. S1 includes the warmup.
 */
public record ScheduleAreas(double[] forward, double[] annealing) {

    /** The paper's decay factor. */
    public static final double DEFAULT_DECAY_FACTOR = 0.999;

    /** S1 and S2 at each of {@code steps} (ascending, at least 1), walking the schedule once. */
    public static ScheduleAreas of(LearningRateSchedule schedule, long[] steps, double decayFactor) {
        if (!(decayFactor >= 0 && decayFactor < 1)) {
            throw new IllegalArgumentException("the decay factor lambda must be in [0, 1), got " + decayFactor);
        }
        double[] forward = new double[steps.length];
        double[] annealing = new double[steps.length];
        long warmup = schedule.warmupSteps();
        double s1 = 0;
        double s2 = 0;
        double momentum = 0;
        double previous = schedule.at(1);
        int next = 0;
        long step = 1;
        while (next < steps.length) {
            long target = steps[next];
            if (target < 1 || (next > 0 && target < steps[next - 1])) {
                throw new IllegalArgumentException("steps must be ascending and at least 1, got " + target);
            }
            for (; step <= target; step++) {
                double rate = schedule.at(step);
                s1 += rate;
                if (step > warmup) {
                    momentum = decayFactor * momentum + (previous - rate);
                    s2 += momentum;
                }
                previous = rate;
            }
            forward[next] = s1;
            annealing[next] = s2;
            next++;
        }
        return new ScheduleAreas(forward, annealing);
    }
}
