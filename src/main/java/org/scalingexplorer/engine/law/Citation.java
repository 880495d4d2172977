package org.scalingexplorer.engine.law;

/** Where a law and its constants come from. */
public record Citation(String authors, int year, String title, String arxivId) {
    public String shortForm() {
        return authors + " " + year;
    }

    @Override
    public String toString() {
        return authors + " (" + year + "), \"" + title + "\", arXiv:" + arxivId;
    }
}
