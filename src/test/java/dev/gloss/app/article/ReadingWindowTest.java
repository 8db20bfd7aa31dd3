package dev.gloss.app.article;

import dev.gloss.app.shell.MainWindow;
import dev.gloss.app.shell.TestWindows;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.shell.ReadingFixtures;
import dev.gloss.app.shell.ThemeModel;
import dev.gloss.app.shell.WindowContext;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.model.Section;
import dev.gloss.core.settings.ReadingSettings;
import dev.gloss.core.settings.TermMarks;
import dev.gloss.core.settings.Theme;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article as the reading settings set it, measured in the window at 1280 by 800 (the largest the headless screen of the tests holds): characters a
 * line, line spacing, margins; the settings applied live; the three themes; the contrast of
 * selection and search marks (issue 14, defect 11); glossary marks and their density; and no empty
 * row under a heading without topics (defect 16).
 */
@ExtendWith(ApplicationExtension.class)
class ReadingWindowTest {
    @TempDir
    static Path dataDir;

    private ReaderState model;
    private ThemeModel theme;
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // Two terms of the reader's own, which the compiler article mentions again and again.
        Files.writeString(dataDir.resolve("glossary-user.json"), """
                {"version": 1, "terms": [
                  {"id": "token", "term": "token", "aliases": ["tokens"], "definition": "A token is the smallest unit of a program's text that a compiler reads as one thing.",
                   "explanation": "", "related": [], "category": ""},
                  {"id": "parser", "term": "parser", "aliases": [], "definition": "A parser builds a tree of a program's parts from its tokens.",
                   "explanation": "", "related": [], "category": ""}]}
                """);
        model = new ReaderState();
        theme = new ThemeModel(Optional.empty());
        theme.choiceProperty().set(Theme.LIGHT);
        scene = TestWindows.open(stage, new WindowContext(model, theme, Background.sameThread(), dataDir, () -> { }),
                1280, 800);
        stage.setScene(scene);
        // The stage is shared by the window tests: an earlier test may have resized it.
        stage.sizeToScene();
        stage.show();
        model.load(ReadingFixtures.source(), Background.sameThread(), Optional.empty());
    }

    private ArticleView view(FxRobot robot) {
        return robot.lookup(".article-view").queryAs(ArticleView.class);
    }

    private List<TextBlock> paragraphs(FxRobot robot) {
        return view(robot).textBlocks().stream().filter(b -> b.getStyleClass().contains("paragraph")).toList();
    }

    /** The character index at which each line of a block starts, and each line's top, from the laid-out text. */
    private record Lines(List<Integer> starts, List<Double> tops) {
        static Lines of(TextBlock block) {
            List<Integer> starts = new ArrayList<>();
            List<Double> tops = new ArrayList<>();
            double last = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < block.text().length(); i++) {
                for (PathElement e : block.flow().rangeShape(i, i + 1)) {
                    if (e instanceof MoveTo m) {
                        if (m.getY() > last + 1) {
                            starts.add(i);
                            tops.add(m.getY());
                            last = m.getY();
                        }
                        break;
                    }
                }
            }
            return new Lines(starts, tops);
        }
    }

    private static double fontSize(TextBlock block) {
        return ((Text) block.flow().getChildren().get(0)).getFont().getSize();
    }

    @Test
    void theDefaultsSetAColumnOfAbout68CharactersWithLinesOneAndAHalfApart(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Integer> lengths = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (TextBlock p : paragraphs(robot)) {
            Lines lines = Lines.of(p);
            // Every line but a paragraph's last is a full one.
            for (int i = 0; i + 1 < lines.starts().size(); i++) {
                lengths.add(lines.starts().get(i + 1) - lines.starts().get(i));
                ratios.add((lines.tops().get(i + 1) - lines.tops().get(i)) / fontSize(p));
            }
        }
        assertTrue(lengths.size() > 40, "enough full lines to measure: " + lengths.size());
        double meanLength = lengths.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double meanRatio = ratios.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        System.out.printf("Measured at 1280x800: %.1f characters a line over %d lines, line height %.2f times the text size%n",
                meanLength, lengths.size(), meanRatio);
        assertTrue(meanLength >= 66 && meanLength <= 72, "characters a line: " + meanLength);
        assertEquals(1.5, meanRatio, 0.05, "lines 1.5 times the text's size apart");
        // The column is centred with at least the margins chosen on either side.
        Bounds column = view(robot).lookup(".article-column").localToScene(view(robot).lookup(".article-column").getLayoutBounds());
        Bounds viewport = view(robot).localToScene(view(robot).getLayoutBounds());
        assertTrue(column.getMinX() - viewport.getMinX() >= ReadingSettings.DEFAULT_MARGINS, "left margin");
        assertTrue(viewport.getMaxX() - column.getMaxX() >= ReadingSettings.DEFAULT_MARGINS - 20, "right margin (less the scroll bar)");
    }

    @Test
    void readingSettingsApplyAtOnce(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TextBlock first = paragraphs(robot).get(0);
        double width = view(robot).lookup(".article-column").getLayoutBounds().getWidth();
        robot.interact(() -> model.readingProperty().set(model.readingProperty().get()
                .withFontFamily(ReadingSettings.SANS).withFontSize(20).withLineSpacing(1.8).withColumnWidth(50)
                .withJustify(true)));
        WaitForAsyncUtils.waitForFxEvents();
        Text run = (Text) first.flow().getChildren().get(0);
        assertEquals(20, run.getFont().getSize(), 0.01);
        assertEquals(ReadingFonts.family(ReadingSettings.SANS), run.getFont().getFamily());
        assertEquals(TextAlignment.JUSTIFY, first.flow().getTextAlignment());
        Lines lines = Lines.of(first);
        assertEquals(1.8, (lines.tops().get(1) - lines.tops().get(0)) / 20, 0.06);
        assertTrue(view(robot).lookup(".article-column").getLayoutBounds().getWidth() < width, "a narrower column");
        // Zoom scales the chosen size.
        robot.interact(() -> model.zoom().set(1.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(30, ((Text) first.flow().getChildren().get(0)).getFont().getSize(), 0.01);
        robot.interact(() -> {
            model.zoom().reset();
            model.readingProperty().set(ReadingSettings.defaults());
        });
    }

    @Test
    void sepiaAndDarkColourTheWholeWindowAndSystemFollowsTheDesktop(FxRobot robot) {
        for (Theme t : List.of(Theme.SEPIA, Theme.DARK, Theme.LIGHT)) {
            robot.interact(() -> theme.choiceProperty().set(t));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(scene.getRoot().getStyleClass().contains("theme-" + t.key()), t.key());
        }
        robot.interact(() -> theme.choiceProperty().set(Theme.SEPIA));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Color.web("#f8f1e3"), pageColour(robot), "a cream page");
        robot.interact(() -> theme.choiceProperty().set(Theme.LIGHT));
        assertEquals(Theme.DARK, new ThemeModel(Optional.of(true)).shownProperty().get(), "system: dark when the desktop is");
        assertEquals(Theme.LIGHT, new ThemeModel(Optional.empty()).shownProperty().get(), "and light when it cannot be told");
    }

    private Color pageColour(FxRobot robot) {
        Region viewport = (Region) view(robot).lookup(".viewport");
        return (Color) viewport.getBackground().getFills().get(0).getFill();
    }

    /** Defect 11: selection, search words and find matches stand out from the page by at least 3:1, in every theme. */
    @Test
    void selectionAndSearchMarksHaveAtLeastThreeToOneContrastInEveryTheme(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Section section = model.currentArticleProperty().get().sections().get(1);
        robot.interact(() -> {
            ArticleView v = view(robot);
            v.setMarks("search", id -> id.equals(section.id()) ? List.of(new SectionMark(0, 8, "s")) : List.of(), false, false);
            v.setMarks("find", id -> id.equals(section.id()) ? List.of(new SectionMark(20, 30, "f")) : List.of(), false, false);
            v.setMarks("find-current", id -> id.equals(section.id()) ? List.of(new SectionMark(40, 50, "c")) : List.of(), false, false);
            v.revealInSection(section.id(), 60, 90);
        });
        for (Theme t : List.of(Theme.LIGHT, Theme.SEPIA, Theme.DARK)) {
            robot.interact(() -> theme.choiceProperty().set(t));
            WaitForAsyncUtils.waitForFxEvents();
            Color page = pageColour(robot);
            TextBlock block = view(robot).textBlocks().stream().filter(b -> !b.highlighted("search").isEmpty())
                    .findFirst().orElseThrow();
            Color ink = (Color) ((Text) block.flow().getChildren().get(0)).getFill();
            for (String mark : List.of(".selection-highlight", ".highlight-search", ".highlight-find", ".highlight-find-current")) {
                Shape shape = (Shape) view(robot).lookupAll(mark).stream()
                        .filter(n -> n instanceof javafx.scene.shape.Path p && !p.getElements().isEmpty())
                        .findFirst().orElseThrow(() -> new AssertionError(mark + " not drawn"));
                Color fill = Contrast.over((Color) shape.getFill(), shape.getOpacity(), page);
                double withPage = Contrast.ratio(fill, page);
                double withText = Contrast.ratio(fill, ink);
                System.out.printf("%-6s %-24s mark/page %.2f:1, text/mark %.2f:1%n", t.key(), mark, withPage, withText);
                assertTrue(withPage >= 3, t + " " + mark + " against the page: " + withPage);
                assertTrue(withText >= 4, t + " " + mark + ": the text on it: " + withText);
            }
        }
        robot.interact(() -> {
            theme.choiceProperty().set(Theme.LIGHT);
            view(robot).clearMarks("search");
            view(robot).clearMarks("find");
            view(robot).clearMarks("find-current");
        });
    }

    @Test
    void glossaryMarksAreOneFaintDottedLineAsDenseAsChosen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> markCount(robot) > 0);
        int first = markCount(robot);
        robot.interact(() -> model.readingProperty().set(model.readingProperty().get().withTermMarks(TermMarks.EVERY)));
        WaitForAsyncUtils.waitForFxEvents();
        int every = markCount(robot);
        System.out.printf("Glossary marks in the compiler article: %d first in each section, %d every mention%n", first, every);
        assertTrue(every > first, "every mention marks more: " + every + " against " + first);
        // The reader's two terms and the terms found in the library: each at most once a section.
        int sections = model.currentArticleProperty().get().sections().size();
        int spellings = markedSpellings(robot);
        assertTrue(first <= spellings * sections, "at most one mark a term a section: " + first
                + " marks of " + spellings + " spellings in " + sections + " sections");
        robot.interact(() -> model.readingProperty().set(model.readingProperty().get().withTermMarks(TermMarks.NONE)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, markCount(robot));
        assertFalse(model.glossaryMarkingProperty().get(), "View > Mark Glossary Terms is off with them");
        robot.interact(() -> model.glossaryMarkingProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, markCount(robot), "back on: the first in each section again");
        // One line, thin and faint: no second underline from the text itself.
        javafx.scene.shape.Path mark = (javafx.scene.shape.Path) view(robot).lookupAll(".highlight-term").stream()
                .filter(n -> !((javafx.scene.shape.Path) n).getElements().isEmpty()).findFirst().orElseThrow();
        double top = Double.NaN;
        for (PathElement e : mark.getElements()) {
            if (e instanceof MoveTo m) {
                top = m.getY();
            } else if (e instanceof javafx.scene.shape.LineTo l) {
                assertTrue(Math.abs(l.getY() - top) <= 2, "each mark a thin bar under its term: " + Math.abs(l.getY() - top));
            }
        }
        assertTrue(mark.getOpacity() < 1, "faint");
        assertTrue(view(robot).textBlocks().stream().flatMap(b -> b.flow().getChildren().stream())
                .noneMatch(n -> n instanceof Text text && text.isUnderline()), "no text is underlined as well");
    }

    /** How many different words (as written, in lower case) the marks cover: a bound on the terms marked. */
    private int markedSpellings(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> (int) view(robot).textBlocks().stream()
                    .flatMap(b -> b.highlighted("term").stream()
                            .map(r -> b.text().substring(r.start(), r.end()).toLowerCase(java.util.Locale.ROOT)))
                    .distinct().count()).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private int markCount(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> view(robot).textBlocks().stream()
                    .mapToInt(b -> b.highlighted("term").size()).sum()).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Defect 16: a heading whose section has no topics has no empty row under it. */
    @Test
    void aHeadingWithoutTopicsLeavesNoGap(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.topics().topicsProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ArticleView v = view(robot);
        List<Node> rows = new ArrayList<>(v.lookupAll(".topic-chips"));
        Node empty = rows.stream().filter(r -> ((javafx.scene.layout.Pane) r).getChildren().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("a section of the compiler article without topics"));
        assertFalse(empty.isManaged() || empty.isVisible(), "the row takes no room");
        javafx.scene.layout.VBox section = (javafx.scene.layout.VBox) empty.getParent();
        Node heading = section.getChildren().get(0);
        Node next = section.getChildren().get(2);
        double gap = next.getBoundsInParent().getMinY() - heading.getBoundsInParent().getMaxY();
        assertTrue(gap < 2, "the text follows its heading: " + gap + " px between them");
    }
}
