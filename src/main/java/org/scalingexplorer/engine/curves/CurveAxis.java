package org.scalingexplorer.engine.curves;

import java.util.Locale;

/** What a learning curve is drawn against: optimiser steps, tokens seen, or training compute. */
public enum CurveAxis {
    STEP(CurveRoles.STEP), TOKENS(CurveRoles.TOKENS), FLOPS(CurveRoles.FLOPS);

    private final String role;

    CurveAxis(String role) {
        this.role = role;
    }

    /** The column role that holds this axis, which is also its name on the command line. */
    public String role() {
        return role;
    }

    public static CurveAxis fromId(String id) {
        for (CurveAxis axis : values()) {
            if (axis.role.equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT))) {
                return axis;
            }
        }
        throw new IllegalArgumentException("--x must be step, tokens or flops, got '" + id + "'");
    }
}
