package org.scalingexplorer.engine.law;

/** One named constant of a law, as a slider or a session file sees it. */
public record LawConstant(String key, double value) {
}
