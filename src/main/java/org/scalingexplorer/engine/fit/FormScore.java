package org.scalingexplorer.engine.fit;

/**
 * One row of the cross-validated comparison of forms: the mean |predicted - actual| / actual on the
 * largest training runs when the form is fitted on the rest ({@code cvMeanRelError}), and the
 * objective of the form fitted on all training runs. Both are NaN, with a {@code note}, when the form
 * could not be fitted.
 */
public record FormScore(String form, double cvMeanRelError, double objective, String note) {

    public boolean fitted() {
        return Double.isFinite(cvMeanRelError);
    }
}
