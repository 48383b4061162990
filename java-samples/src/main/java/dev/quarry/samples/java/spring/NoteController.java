package dev.quarry.samples.java.spring;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /notes} lists the notes, {@code POST /notes} adds a JSON array of texts, all or none. */
@RestController
public class NoteController {
    private final NoteService service;
    private final NoteRepository notes;

    public NoteController(NoteService service, NoteRepository notes) {
        this.service = service;
        this.notes = notes;
    }

    @GetMapping("/notes")
    public List<Note> all() {
        return notes.all();
    }

    @PostMapping("/notes")
    @ResponseStatus(HttpStatus.CREATED)
    public List<Long> add(@RequestBody List<String> texts) {
        return service.addAll(texts);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public String refused(IllegalArgumentException failure) {
        return failure.getMessage();
    }
}
