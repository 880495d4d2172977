package org.scalingexplorer.ui.curves;

/**
 * What N counts in Approach 1: every parameter, or those outside the embeddings (Kaplan's count).
 * Which one alone moves the exponent (Pearce and Song 2024; on the (Mis)Fitting curves by about 0.2).
 */
public enum ParamCount {
    TOTAL, NON_EMBEDDING
}
