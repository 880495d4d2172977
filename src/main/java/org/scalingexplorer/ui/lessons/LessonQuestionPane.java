package org.scalingexplorer.ui.lessons;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.lesson.LessonQuestion;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.control.Lifetime;
import org.scalingexplorer.ui.control.NumberField;

/**
 * A step's question: the answer slider and a field to type the answer, Check, and Show answer once a
 * first try was wrong. Binds to {@link LessonQuestionModel}; every rule lives there.
 */
final class LessonQuestionPane extends VBox {

    private final LessonQuestionModel model;
    private final ResourceBundle bundle;
    private final String languageTag;
    private final Label questionText = new Label();
    private final Slider slider = new Slider();
    private final HBox sliderRow;
    private final TextField typed = new TextField();
    private final HBox typedRow;
    private final Label verdict = new Label();
    private final Label hint = new Label();
    private LessonQuestion question;
    /** True while the pane moves the slider itself (a new question), so the move is not an answer. */
    private boolean settingUp;

    LessonQuestionPane(LessonQuestionModel model, ResourceBundle bundle, String languageTag, Lifetime lifetime) {
        super(6);
        this.model = model;
        this.bundle = bundle;
        this.languageTag = languageTag;
        setId("lesson-question");
        getStyleClass().add("lesson-question");
        setPadding(new Insets(8));
        managedProperty().bind(visibleProperty());

        questionText.setId("lesson-question-text");
        questionText.setWrapText(true);
        questionText.getStyleClass().add("text-bold");

        slider.setId("lesson-answer");
        slider.setTooltip(new Tooltip(bundle.getString("lessons.answer.tooltip")));
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!settingUp) {
                model.moveSlider(now.doubleValue());
            }
        });
        lifetime.onChange(model.sliderPositionProperty(), (old, now) -> placeSlider(now.doubleValue()));
        Label value = new Label();
        value.setId("lesson-answer-value");
        value.setMinWidth(64);
        value.setTooltip(new Tooltip(bundle.getString("lessons.answer.value.tooltip")));
        value.textProperty().bind(Bindings.createStringBinding(() -> model.answerProperty().get() == null
                ? bundle.getString("lessons.answer.none") : QuantityFormat.count(model.answerProperty().get()),
                model.answerProperty()));
        HBox.setHgrow(slider, Priority.ALWAYS);
        sliderRow = new HBox(8, slider, value);
        sliderRow.setAlignment(Pos.CENTER_LEFT);
        sliderRow.managedProperty().bind(sliderRow.visibleProperty());

        typed.setId("lesson-answer-typed");
        typed.setPromptText(bundle.getString("lessons.answer.typed.prompt"));
        typed.setTooltip(new Tooltip(bundle.getString("lessons.answer.typed.tooltip")));
        typed.setOnAction(e -> submitAndCheck());
        lifetime.follow(model.invalidTypedProperty(), bad -> typed.pseudoClassStateChanged(NumberField.DANGER, bad));
        HBox.setHgrow(typed, Priority.ALWAYS);
        Label typedLabel = new Label(bundle.getString("lessons.answer.typed"));
        typedLabel.setLabelFor(typed);
        typedRow = new HBox(8, typedLabel, typed);
        typedRow.setAlignment(Pos.CENTER_LEFT);
        typedRow.managedProperty().bind(typedRow.visibleProperty());

        Button check = new Button(bundle.getString("lessons.check"), new FontIcon("mdi2c-check"));
        check.setId("lesson-check");
        check.setTooltip(new Tooltip(bundle.getString("lessons.check.tooltip")));
        check.setOnAction(e -> submitAndCheck());
        Button reveal = new Button(bundle.getString("lessons.reveal"), new FontIcon("mdi2e-eye-outline"));
        reveal.setId("lesson-reveal");
        reveal.setTooltip(new Tooltip(bundle.getString("lessons.reveal.tooltip")));
        reveal.disableProperty().bind(model.canRevealProperty().not());
        reveal.setOnAction(e -> model.reveal());
        HBox buttons = new HBox(8, check, reveal);

        verdict.setId("lesson-verdict");
        verdict.setWrapText(true);
        hint.setId("lesson-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.managedProperty().bind(hint.visibleProperty());
        lifetime.onInvalidation(model.verdictProperty(), this::showVerdict);
        lifetime.onInvalidation(model.shownAnswerProperty(), this::showVerdict);
        lifetime.onInvalidation(model.revealedProperty(), this::showVerdict);
        getChildren().addAll(questionText, sliderRow, typedRow, buttons, verdict, hint);
    }

    /** Shows a step's question, unanswered; hides the pane for a step that asks none. */
    void show(LessonQuestion newQuestion) {
        question = newQuestion;
        setVisible(newQuestion != null);
        if (newQuestion == null) {
            return;
        }
        questionText.setText(newQuestion.text().in(languageTag));
        sliderRow.setVisible(newQuestion.answer().bySlider());
        typedRow.setVisible(newQuestion.answer().byTyping());
        typed.clear();
        settingUp = true;
        try {
            slider.setMin(model.sliderMin());
            slider.setMax(model.sliderMax());
            slider.setValue(model.sliderPositionProperty().get());
        } finally {
            settingUp = false;
        }
        showVerdict();
    }

    /** A typed answer counts when Check is pressed with text in the field. */
    private void submitAndCheck() {
        if (question != null && question.answer().byTyping() && !typed.getText().isBlank()
                && !model.submitTyped(typed.getText())) {
            return;
        }
        model.check();
    }

    private void placeSlider(double position) {
        if (slider.getValue() != position) {
            settingUp = true;
            try {
                slider.setValue(position);
            } finally {
                settingUp = false;
            }
        }
    }

    private void showVerdict() {
        double shown = model.shownAnswerProperty().get();
        String text = switch (model.verdictProperty().get()) {
            case RIGHT -> MessageFormat.format(bundle.getString("lessons.right"), QuantityFormat.count(shown));
            case WRONG -> bundle.getString(model.missProperty().get() == LessonQuestionModel.Miss.TOO_HIGH
                    ? "lessons.wrong.high" : "lessons.wrong.low");
            case NOT_CHECKED -> "";
        };
        if (model.revealedProperty().get() && !Double.isNaN(shown)) {
            text = (text.isEmpty() ? "" : text + "\n")
                    + MessageFormat.format(bundle.getString("lessons.revealed"), QuantityFormat.count(shown));
        }
        verdict.setText(text);
        boolean wrong = model.verdictProperty().get() == LessonQuestionModel.Verdict.WRONG;
        hint.setVisible(wrong);
        hint.setText(!wrong ? "" : question != null && question.hint() != null
                ? question.hint().in(languageTag) : bundle.getString("lessons.hint.general"));
    }
}
