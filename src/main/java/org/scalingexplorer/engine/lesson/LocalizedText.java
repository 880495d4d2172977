package org.scalingexplorer.engine.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A lesson's text in both UI languages; a lesson file must give both. */
public record LocalizedText(@JsonProperty("en") String english, @JsonProperty("zh_CN") String chinese) {

    /** The text for a language tag: "zh_CN" (or any "zh") gives Chinese, anything else English. */
    public String in(String languageTag) {
        return languageTag != null && languageTag.startsWith("zh") ? chinese : english;
    }

    boolean complete() {
        return english != null && !english.isBlank() && chinese != null && !chinese.isBlank();
    }
}
