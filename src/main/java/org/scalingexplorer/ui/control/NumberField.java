package org.scalingexplorer.ui.control;

import java.util.function.Predicate;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;

/**
 * A text field for one number of a view-model. It shows the model's value (and follows it while the
 * user is not typing); Enter or leaving the field hands the text to the model, which parses it and
 * refuses what it cannot use. A refused entry is marked; leaving a refused entry shows the model's
 * value again. Every rule about values lives in the model.
 */
public final class NumberField extends TextField {
    public static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final ObservableValue<String> shown;
    private final Predicate<String> submit;

    /**
     * @param shown    the model's value as text
     * @param submit   applies typed text to the model; false when refused (nothing changed)
     * @param lifetime the owner's lifetime: the field follows the model until it ends
     */
    public NumberField(String id, ObservableValue<String> shown, Predicate<String> submit, Lifetime lifetime) {
        super(shown.getValue());
        this.shown = shown;
        this.submit = submit;
        setId(id);
        setPrefColumnCount(7);
        lifetime.onChange(shown, (old, now) -> {
            // A focused field follows too while nothing is typed in it: an undo or a drag moves it.
            if (!isFocused() || getText().equals(old)) {
                setText(now);
                pseudoClassStateChanged(DANGER, false);
            }
        });
        setOnAction(e -> commit());
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !getText().equals(shown.getValue()) && !submit.test(getText())) {
                setText(shown.getValue());
                pseudoClassStateChanged(DANGER, false);
            }
        });
    }

    /** True while the text is a typed entry not yet handed to the model. */
    public boolean isEditing() {
        return !getText().equals(shown.getValue());
    }

    private void commit() {
        boolean accepted = submit.test(getText());
        pseudoClassStateChanged(DANGER, !accepted);
        if (accepted) {
            setText(shown.getValue());
        }
    }
}
