package org.scalingexplorer.engine;

/**
 * Argument checks shared by the engine. Every refusal names the argument and the value it got, so a
 * message that reaches a user (CLI line, status bar, dialog) says exactly what to fix.
 */
public final class Require {
    private Require() {
    }

    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + value);
        }
        return value;
    }

    public static double positive(String name, double value) {
        finite(name, value);
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be greater than 0, got " + value);
        }
        return value;
    }

    public static double nonNegative(String name, double value) {
        finite(name, value);
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be 0 or more, got " + value);
        }
        return value;
    }

    public static double atLeast(String name, double value, double min) {
        finite(name, value);
        if (value < min) {
            throw new IllegalArgumentException(name + " must be " + min + " or more, got " + value);
        }
        return value;
    }

    public static double inRange(String name, double value, double min, double max) {
        finite(name, value);
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** Guards a computed result: a NaN or infinity here is an engine bug, never something to chart. */
    public static double finiteResult(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException(what + " is not a finite number (" + value + ")");
        }
        return value;
    }
}
