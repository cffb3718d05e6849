package dev.outreach.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.BilingualText;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Program;
import dev.outreach.samples.KemluSpace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Large YAML and YAML made to hurt the reader's buffers, run against each Jackson module by a
 * subclass that names its {@link ModuleCodec}: a document beyond SnakeYAML's default size, and
 * characters beyond the Basic Multilingual Plane at every offset around the parser's buffer
 * edges. The faster cases are in {@link ConformanceCases}.
 */
public abstract class YamlHostileInputCases {


    /** @return the module under test */
    protected abstract ModuleCodec codec();

    private ModuleCodec.Reader yaml() {
        return codec().yaml();
    }

    private Object read(String yaml, Class<?> type) throws Exception {
        return yaml().read(yaml.getBytes(UTF_8), type);
    }

    // ---- a large document ----------------------------------------------------------------
    @Test
    void aProgramOfMoreThanThreeMillionCharactersWrittenAsYamlIsReadBack() throws Exception {
        Program program = largeProgram(1_000);
        String yaml = codec().writeYaml(program);
        assertThat(yaml.codePointCount(0, yaml.length())).isGreaterThan(4_000_000);
        assertThat(read(yaml, Program.class)).isEqualTo(program);
    }

    /** The article's program with {@code episodes} episodes, each with a description of 4,000 characters. */
    static Program largeProgram(int episodes) {
        Program article = KemluSpace.program();
        Program.Builder builder = Program.builder().id(article.id()).name(article.name())
                .organizer(article.organizer()).platform(article.platform());
        String words = "Kemlu Space membahas isu terkini bersama mitra daerah. ".repeat(80).substring(0, 4_000).trim();
        for (int i = 1; i <= episodes; i++) {
            builder.addEpisode(Episode.builder().id("episode-" + i).number(i)
                    .title(BilingualText.of("Episode " + i, "Episode " + i))
                    .description(BilingualText.indonesian(words)).build());
        }
        return builder.build();
    }

    // ---- characters beyond the BMP at the reader's buffer edge -----------------------------

    @Test
    void anEmojiAtEveryOffsetAroundTheBufferEdgeIsRead() throws Exception {
        String emoji = "\ud83d\ude00";
        int checked = 0;
        for (int edge : new int[] {1024, 2048, 4096}) {
            for (int at = edge - 8; at <= edge + 8; at++) {
                // "en: " is 4 characters; the emoji starts at offset `at`.
                String text = "A" + "a".repeat(at - 5) + emoji;
                String yaml = "en: " + text + "\n";
                assertThat(yaml.indexOf(emoji)).isEqualTo(at);
                BilingualText read = (BilingualText) read(yaml, BilingualText.class);
                assertThat(read.english()).contains(text);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(51);
    }

    @Test
    void generatedDocumentsWithEmojiEverywhereReadBack() throws Exception {
        // Dossiers with emoji in every text, written by the module and read back: an emoji
        // falls on many buffer edges.
        List<String> failures = new ArrayList<>();
        for (int pad = 0; pad < 64; pad++) {
            Dossier dossier = emojiDossier(pad);
            String yaml = codec().writeYaml(dossier);
            try {
                assertThat(read(yaml, Dossier.class)).isEqualTo(dossier);
            } catch (Throwable t) {
                failures.add(pad + ": " + t);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static Dossier emojiDossier(int pad) {
        Dossier article = KemluSpace.dossier();
        Program program = article.programs().get(0);
        Program.Builder builder = Program.builder().id(program.id()).name(program.name())
                .organizer(program.organizer()).platform(program.platform());
        for (int i = 1; i <= 12; i++) {
            builder.addEpisode(Episode.builder().id("episode-" + i).number(i)
                    .title(BilingualText.of("Episode " + "x".repeat(pad) + " \ud83c\uddee\ud83c\udde9 " + i,
                            "\ud83d\ude00".repeat(i) + " episode"))
                    .description(BilingualText.indonesian(("Teks \ud83d\ude00 " + "y".repeat(pad + i)).repeat(20)))
                    .build());
        }
        return Dossier.builder().addProgram(builder.build()).build();
    }
}
