package dev.gloss.app.reader;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;

/**
 * The status bar's words: a message told to the reader, and otherwise the article's length, the
 * section in view and how far the reader is. The three descriptions are bindings on the reader's
 * state; only the message is set. Used on the FX thread.
 */
public final class StatusLine {
    static final String LOADING = "Loading the library…";
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final StringBinding articleStatus;
    private final StringBinding sectionStatus;
    private final StringBinding progressStatus;
    private Function<Runnable, Runnable> messageTimer = clear -> () -> { };
    private Runnable cancelMessage = () -> { };
    private String told;

    StatusLine(ObservableValue<Article> article, ObservableValue<Section> section, ObservableDoubleValue through) {
        articleStatus = Bindings.createStringBinding(
                () -> article.getValue() == null ? "" : describe(article.getValue()), article);
        sectionStatus = Bindings.createStringBinding(() -> {
            Section s = section.getValue();
            return s == null || !s.hasVisibleTitle() ? "" : s.title();
        }, section);
        progressStatus = Bindings.createStringBinding(() -> progress(article.getValue(), section.getValue(),
                through.get()), article, section, through);
    }

    /**
     * Shows a one-line message to the reader in the status bar, until the reader goes to another
     * place or the message timer says it has been read (the window gives it a few seconds); then
     * the status bar shows the article's length again.
     */
    public void tell(String text) {
        cancelMessage.run();
        told = text;
        message.set(text);
        cancelMessage = messageTimer.apply(() -> dismiss(text));
    }

    /** The reader went to another place: a message told with {@link #tell} has been read. */
    void moved() {
        dismiss(told);
    }

    /** A message that stays until it is replaced (loading, a failure), not one that is told and read. */
    void show(String text) {
        message.set(text);
    }

    /** Takes a message told with {@link #tell} off the status bar, if it is still the one shown. */
    private void dismiss(String text) {
        if (text != null && text.equals(told) && message.get().equals(text)) {
            cancelMessage.run();
            cancelMessage = () -> { };
            told = null;
            message.set("");
        }
    }

    /**
     * How a told message is cleared after a while: given the clearing, starts the wait and returns
     * what cancels it. The window passes a pause on the FX timeline; the default never clears.
     */
    public void setMessageTimer(Function<Runnable, Runnable> timer) {
        this.messageTimer = timer;
    }

    /** "546 words · 2 minutes of reading" */
    static String describe(Article a) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        int minutes = a.readingMinutes();
        return n.format(a.wordCount()) + " words · " + minutes + (minutes == 1 ? " minute" : " minutes") + " of reading";
    }

    /** "section 2 of 5 · 41 %": where the reader is. */
    private static String progress(Article a, Section s, double through) {
        if (a == null || s == null || a.sections().isEmpty()) {
            return "";
        }
        int index = Math.max(0, a.sections().indexOf(s));
        return "section " + (index + 1) + " of " + a.sections().size() + " · " + Math.round(through * 100) + " %";
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableStringValue articleStatusProperty() {
        return articleStatus;
    }

    public ObservableStringValue sectionStatusProperty() {
        return sectionStatus;
    }

    /** "section 2 of 5 · 41 %" */
    public ObservableStringValue progressStatusProperty() {
        return progressStatus;
    }
}
