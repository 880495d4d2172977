package org.scalingexplorer.engine.fit;

/** log(exp(x) + exp(y) [+ exp(z)]) without overflow or underflow. */
final class LogSumExp {

    private LogSumExp() {
    }

    static double of(double x, double y) {
        double max = Math.max(x, y);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        return max + Math.log(Math.exp(x - max) + Math.exp(y - max));
    }

    static double of(double x, double y, double z) {
        double max = Math.max(Math.max(x, y), z);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        return max + Math.log(Math.exp(x - max) + Math.exp(y - max) + Math.exp(z - max));
    }
}
