package dev.outreach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An exception may cross a process boundary (RMI, a job queue) with its violations intact. */
class SerializationTest {

    @Test
    void anInvalidContentExceptionKeepsItsViolationsWhenSerialized() throws Exception {
        InvalidContentException thrown = ContentAssertions.assertInvalid(() -> Episode.builder().number(0).build());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(thrown);
        }
        InvalidContentException read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (InvalidContentException) in.readObject();
        }

        assertThat(read.violations()).isEqualTo(thrown.violations()).hasSize(3);
        assertThat(read.getMessage()).isEqualTo(thrown.getMessage());
        assertThat(read.getMessage(Locale.forLanguageTag("id"))).contains("wajib diisi");
        assertThat(read.typeName()).isEqualTo("Episode");
    }
}
