package dev.quarry.samples.java.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot sample started on a free port of 127.0.0.1, over a fresh SQLite file, asked over HTTP. The settings
 * are command-line arguments, which win over the sample's {@code application.properties}.
 */
class NotesApplicationTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void notesAreAddedAllOrNoneAndListed() throws Exception {
        Path file = Files.createTempFile("notes", ".db");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NotesApplication.class)
                .run("--spring.datasource.url=jdbc:sqlite:" + file, "--server.address=127.0.0.1", "--server.port=0")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            URI notes = URI.create("http://127.0.0.1:" + port + "/notes");
            HttpRequest.Builder post = HttpRequest.newBuilder(notes).header("Content-Type", "application/json");

            HttpResponse<String> added = send(post.copy().POST(HttpRequest.BodyPublishers.ofString("[\"first\",\"second\"]")));
            assertEquals(201, added.statusCode(), added.body());
            assertEquals("[1,2]", added.body());

            HttpResponse<String> refused = send(post.copy().POST(HttpRequest.BodyPublishers.ofString("[\"third\",\" \"]")));
            assertEquals(400, refused.statusCode());
            assertEquals("a note must not be blank", refused.body());

            HttpResponse<String> listed = send(HttpRequest.newBuilder(notes).GET());
            assertEquals(200, listed.statusCode());
            assertEquals("[{\"id\":1,\"text\":\"first\"},{\"id\":2,\"text\":\"second\"}]", listed.body(),
                    "the refused request's first note was rolled back with it");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
