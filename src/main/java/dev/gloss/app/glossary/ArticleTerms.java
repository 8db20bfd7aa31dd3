package dev.gloss.app.glossary;

import dev.gloss.app.article.ArticleView;
import dev.gloss.core.glossary.Mention;
import javafx.scene.control.MenuItem;

import java.util.List;
import java.util.Optional;

/**
 * The glossary in the article: terms marked in the text (View > Mark Glossary Terms), a popover
 * when the reader clicks or rests on one, "Look up" in the context menu, and the mention chosen in
 * the panel selected in its section.
 */
public final class ArticleTerms {
    /** The article's mark layer for glossary terms, styled by {@code .highlight-term}. */
    public static final String LAYER = "term";
    private static final int LABEL_LENGTH = 32;

    private final ArticleView view;
    private final GlossaryViewModel glossary;
    private final ArticleTermsViewModel model;
    private final TermPopover popover;

    private ArticleTerms(ArticleView view, GlossaryViewModel glossary) {
        this.view = view;
        this.glossary = glossary;
        this.model = glossary.article();
        this.popover = new TermPopover(glossary::showInPanel);
    }

    public static ArticleTerms attach(ArticleView view, GlossaryViewModel model) {
        ArticleTerms terms = new ArticleTerms(view, model);
        terms.wire();
        return terms;
    }

    private void wire() {
        model.markingProperty().addListener((obs, o, on) -> mark());
        glossary.revisionProperty().addListener((obs, o, n) -> mark());
        model.readingSettings().addListener((obs, o, n) -> {
            if (o.termMarks() != n.termMarks()) {
                mark();
            }
        });
        mark();
        view.setOnMarkActivated(hit -> {
            if (LAYER.equals(hit.layer())) {
                model.term(hit.key()).ifPresent(term -> popover.show(term, model.popoverNote(term), view,
                        hit.screenBounds()));
            }
        });
        view.vvalueProperty().addListener((obs, o, n) -> popover.hide());
        view.addContextMenuItems(this::contextItems);
        glossary.entry().requestedPassages().listen(this::reveal);
    }

    private void mark() {
        popover.hide();
        if (model.markingProperty().get() && glossary.readyProperty().get()) {
            view.setMarks(LAYER, model::marksOf, true, true, true);
        } else {
            view.clearMarks(LAYER);
        }
    }

    private List<MenuItem> contextItems(ArticleView.ContextRequest request) {
        String selected = request.selectedText();
        if (ArticleTermsViewModel.canLookUp(selected)) {
            return List.of(item(selected.strip(), () -> model.lookUp(selected, request.selectionSectionId(),
                    request.selectionInSection())));
        }
        if (selected.isBlank()) {
            Optional<MenuItem> onMark = request.mark().filter(m -> LAYER.equals(m.layer()))
                    .flatMap(m -> model.term(m.key()))
                    .map(term -> item(term.term(), () -> glossary.showInPanel(term.id())));
            if (onMark.isPresent()) {
                return List.of(onMark.get());
            }
        }
        return List.of();
    }

    private static MenuItem item(String text, Runnable action) {
        String shown = text.replaceAll("\\s+", " ");
        if (shown.length() > LABEL_LENGTH) {
            shown = shown.substring(0, LABEL_LENGTH - 1).strip() + "…";
        }
        MenuItem item = new MenuItem("Look up “" + shown + "”");
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void reveal(Mention mention) {
        view.revealInSection(mention.sectionId(), mention.start(), mention.end());
    }
}
