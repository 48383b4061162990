package dev.quarry.samples.java.spring;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

// docs:spring-service
/** Adds notes in one Spring transaction: a blank one rolls back those added before it. */
@Service
public class NoteService {
    private final NoteRepository notes;

    public NoteService(NoteRepository notes) {
        this.notes = notes;
    }

    @Transactional
    public List<Long> addAll(List<String> texts) {
        return texts.stream().map(text -> {
            if (text.isBlank()) {
                throw new IllegalArgumentException("a note must not be blank");
            }
            return notes.add(text);
        }).toList();
    }
}
// docs:end
