package dev.gloss.core.search;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexUpdateTest {

    static Article article(String id, String word, int sections) {
        List<Section> list = new ArrayList<>();
        for (int i = 0; i < sections; i++) {
            list.add(new Section(id + "/part-" + i, "Part " + i, TitleKind.HEADING,
                    List.of(Paragraph.of("This part is about " + word + " and nothing else."))));
        }
        return new Article(id, "About " + word, list, new Article.Origin(id + ".txt", "text"));
    }

    static int count(SearchIndex index, String word) {
        return index.search(new SearchRequest(word, Scope.library(), 100, false)).hits().size();
    }

    @Test
    void putReplacesAnArticleAndRemoveDeletesIt() {
        try (SearchIndex index = SearchIndex.builder().build()) {
            index.addArticles(List.of(article("a", "walnuts", 2), article("b", "almonds", 1)));
            assertEquals(2, count(index, "walnuts"));
            index.putArticle(article("a", "hazelnuts", 3));
            assertEquals(0, count(index, "walnuts"));
            assertEquals(3, count(index, "hazelnuts"));
            index.removeArticle("a");
            assertEquals(0, count(index, "hazelnuts"));
            assertEquals(1, index.sectionCount());
        }
    }

    @Test
    void anIndexInACallersDirectoryOutlivesTheIndexObject() throws Exception {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (SearchIndex index = SearchIndex.builder().directory(dir).build()) {
                index.addArticles(List.of(article("a", "walnuts", 2)));
            }
            try (SearchIndex reopened = SearchIndex.builder().directory(dir).build()) {
                assertEquals(2, count(reopened, "walnuts"));
            }
        }
    }

    /** Readers never see half an article while a writer replaces it over and over. */
    @Test
    void searchesSeeEachReplacementWholeWhileAnotherThreadWrites() throws Exception {
        try (SearchIndex index = SearchIndex.builder().build()) {
            index.addArticles(List.of(article("a", "walnuts", 4)));
            AtomicBoolean writing = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            CountDownLatch readersDone = new CountDownLatch(3);
            for (int r = 0; r < 3; r++) {
                Thread reader = new Thread(() -> {
                    try {
                        while (writing.get()) {
                            int n = index.search(new SearchRequest("part", Scope.library(), 100, false)).hits().size();
                            if (n != 4) {
                                problems.add("saw " + n + " sections");
                            }
                        }
                    } catch (RuntimeException e) {
                        problems.add(e.toString());
                    } finally {
                        readersDone.countDown();
                    }
                });
                reader.start();
            }
            for (int i = 0; i < 200; i++) {
                index.putArticle(article("a", i % 2 == 0 ? "hazelnuts" : "walnuts", 4));
            }
            writing.set(false);
            readersDone.await();
            assertTrue(problems.isEmpty(), problems.toString());
            assertEquals(4, count(index, "walnuts"));
        }
    }
}
