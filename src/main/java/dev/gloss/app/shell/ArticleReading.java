package dev.gloss.app.shell;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Frames;
import dev.gloss.core.library.Library;
import dev.gloss.core.library.LinkTarget;
import dev.gloss.core.model.Article;

/**
 * The article view and the reader's state kept in step: the article and place the reader goes to
 * are shown, where the reader scrolls is reported back, the reading settings apply, and a link
 * clicked in the text goes where it leads.
 */
final class ArticleReading {
    private final ArticleView view;
    private final ReaderState reader;

    private ArticleReading(ArticleView view, ReaderState reader) {
        this.view = view;
        this.reader = reader;
    }

    /** {@code articleShown} runs after each article is shown (the find bar starts again). */
    static void attach(ArticleView view, ReaderState reader, Runnable articleShown) {
        ArticleReading reading = new ArticleReading(view, reader);
        view.setOnLinkActivated(reading::openLink);
        view.setOnSectionInView(reader::sectionInView);
        view.setOnPositionInView(reader::positionInView);
        reader.currentArticleProperty().addListener((obs, old, article) -> {
            if (article != null) {
                view.show(article);
                articleShown.run();
                if (!reader.startup().isFirstFramePainted()) {
                    Frames.afterNextFrame(reader.startup()::firstFramePainted);
                }
            }
        });
        reader.placeProperty().addListener((obs, old, place) -> {
            if (place != null) {
                view.scrollToAnchor(new ArticleView.Anchor(place.sectionId(), place.offset()));
            }
        });
        reader.shownAgain().listen(place -> view.scrollToAnchor(new ArticleView.Anchor(place.sectionId(), place.offset())));
        view.setReading(reader.readingProperty().get());
        reader.readingProperty().addListener((obs, o, settings) -> view.setReading(settings));
    }

    /**
     * A link clicked in the article: another article of the library opens in Gloss; a web or mail
     * address opens in the system's browser once the reader agrees; anything else is only told.
     */
    private void openLink(String href) {
        Library library = reader.libraryProperty().get();
        Article from = reader.currentArticleProperty().get();
        if (library == null || from == null) {
            return;
        }
        LinkTarget target = LinkTarget.resolve(href, from, library);
        if (target instanceof LinkTarget.InLibrary in) {
            in.sectionId().ifPresentOrElse(reader::openSection, () -> reader.openArticle(in.articleId()));
        } else if (target instanceof LinkTarget.External out) {
            ExternalLinks.askAndOpen(view, out.address(), reader.status()::tell);
        } else {
            reader.status().tell("The link “" + href + "” does not lead to an article in the library.");
        }
    }
}
