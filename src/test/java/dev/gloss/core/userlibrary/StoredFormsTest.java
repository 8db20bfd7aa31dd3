package dev.gloss.core.userlibrary;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.EveryBlock;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** article.json and the pack give back every block kind, mark, level and metadata field as written. */
class StoredFormsTest {

    @Test
    void articleJsonRoundTripsEveryBlock() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Article a = EveryBlock.article();
        byte[] json = mapper.writeValueAsBytes(ArticleJson.of(a));
        assertEquals(a, mapper.readValue(json, ArticleJson.class).toArticle());
    }

    @Test
    void thePackRoundTripsEveryBlock() throws IOException {
        Article a = EveryBlock.article();
        assertEquals(a, PackCodec.readArticle(new DataInputStream(new ByteArrayInputStream(packed(a)))));
    }

    @Test
    void aPackCutShortFailsWithAnIoException() throws IOException {
        byte[] bytes = packed(EveryBlock.article());
        for (int cut : new int[] {3, bytes.length / 3, bytes.length / 2, bytes.length - 1}) {
            byte[] shorter = Arrays.copyOf(bytes, cut);
            assertThrows(IOException.class,
                    () -> PackCodec.readArticle(new DataInputStream(new ByteArrayInputStream(shorter))));
        }
    }

    @Test
    void aVersionOneArticleIsStillReadWhenItsSourceIsGone() throws IOException {
        String v1 = "{\"version\":1,\"id\":\"x\",\"title\":\"X\",\"sourceFileName\":\"x.txt\",\"format\":\"text\","
                + "\"sections\":[{\"id\":\"x/introduction\",\"title\":\"\",\"titleKind\":\"none\",\"blocks\":["
                + "{\"type\":\"paragraph\",\"runs\":[{\"text\":\"Bold\",\"style\":\"strong\"},{\"text\":\" text\",\"style\":\"plain\"}]},"
                + "{\"type\":\"list\",\"ordered\":true,\"start\":2,\"items\":[[{\"text\":\"one\",\"style\":\"emphasis\"}]]}]}]}";
        ArticleJson json = new ObjectMapper().readValue(v1, ArticleJson.class);
        Article a = json.toArticle();
        assertEquals(false, json.isCurrent());
        assertEquals("Bold text\none", a.sections().get(0).plainText());
        assertEquals(1, a.sections().get(0).level());
    }

    private static byte[] packed(Article a) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PackCodec.writeArticle(new DataOutputStream(bytes), a);
        return bytes.toByteArray();
    }
}
