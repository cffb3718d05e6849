package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What stays of an episode after it aired live (schema.org AudioObject): the recording's link,
 * how long it lasts and, optionally, a transcript in a given language.
 *
 * <p>A duration is more than zero and at most seven days. A transcript is a link and the
 * language it is written in, given together.
 */
@Value.Immutable
abstract class AbstractRecording implements Consistent {

    /** @return the link to the recording, an absolute https URL */
    @NotNull(message = "{outreach.required}")
    @HttpsUrl
    public abstract URI url();

    /** @return how long the recording lasts, more than zero and at most seven days */
    public abstract Optional<Duration> duration();

    /** @return the link to a transcript of the recording, an absolute https URL */
    public abstract Optional<@HttpsUrl URI> transcript();

    /** @return the language the transcript is written in; given with {@link #transcript()} */
    public abstract Optional<LanguageTag> transcriptLanguage();

    /**
     * @param url      the link to the recording, an absolute https URL
     * @param duration how long it lasts
     * @return a recording without a transcript
     * @throws InvalidContentException if the link is not an absolute https URL or the duration is out of range
     */
    public static Recording of(String url, Duration duration) {
        return Recording.builder().url(url).duration(duration).build();
    }

    @Value.Check
    final void check() {
        Validators.check(this);
    }

    @Override
    public void checkConsistency(Problems problems) {
        duration().ifPresent(duration -> Plain.checkDuration(duration, problems, "duration"));
        if (transcript().isPresent() && transcriptLanguage().isEmpty()) {
            problems.report("outreach.recording.transcriptLanguageRequired", "transcriptLanguage");
        } else if (transcript().isEmpty() && transcriptLanguage().isPresent()) {
            problems.report("outreach.recording.languageWithoutTranscript", "transcriptLanguage");
        }
    }

    /** The methods that {@link Recording.Builder} adds for plain values. */
    public abstract static class Builder {

        Builder() {
        }

        /**
         * @param url the link to the recording, an absolute https URL
         * @return this builder
         */
        public abstract Recording.Builder url(URI url);

        /**
         * @param transcript the link to a transcript, an absolute https URL
         * @return this builder
         */
        public abstract Recording.Builder transcript(URI transcript);

        /**
         * @param transcriptLanguage the language the transcript is written in
         * @return this builder
         */
        public abstract Recording.Builder transcriptLanguage(LanguageTag transcriptLanguage);

        /**
         * @param url the link to the recording, an absolute https URL such as
         *            {@code https://x.com/i/spaces/1ZkKzXXXX}
         * @return this builder
         * @throws InvalidContentException at {@code url} if the text is not an absolute https URL
         */
        public final Recording.Builder url(String url) {
            return url(Plain.link(Recording.class, "url", url));
        }

        /**
         * @param transcript the link to a transcript, an absolute https URL
         * @return this builder
         * @throws InvalidContentException at {@code transcript} if the text is not an absolute https URL
         */
        public final Recording.Builder transcript(String transcript) {
            return transcript(Plain.link(Recording.class, "transcript", transcript));
        }

        /**
         * @param transcriptLanguage the BCP 47 tag of the transcript's language, such as {@code id}
         * @return this builder
         * @throws InvalidContentException at {@code transcriptLanguage} if the tag is not valid
         */
        public final Recording.Builder transcriptLanguage(String transcriptLanguage) {
            return transcriptLanguage(Plain.<String, LanguageTag>value(Recording.class, "transcriptLanguage",
                    LanguageTag::of, transcriptLanguage));
        }
    }
}
