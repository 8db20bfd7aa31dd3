package dev.gloss.app.reader;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestsTest {

    @Test
    void everyRequestReachesEveryListenerUntilItStopsListening() {
        Requests<String> topics = new Requests<>();
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        Runnable stopFirst = topics.listen(first::add);
        topics.listen(second::add);

        topics.send("bone-health");
        topics.send("bone-health");
        stopFirst.run();
        topics.send("diet");

        assertEquals(List.of("bone-health", "bone-health"), first);
        assertEquals(List.of("bone-health", "bone-health", "diet"), second);
        assertEquals(Optional.of("diet"), topics.latest());
    }

    @Test
    void nothingSentIsNothingOwed() {
        assertEquals(Optional.empty(), new Requests<Integer>().latest());
    }
}
