package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertInvalid;
import static dev.outreach.core.ContentAssertions.assertViolation;
import static dev.outreach.core.Fixtures.episodeBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An episode's end (a time or a duration) and its recording: each rule rejecting, in both languages. */
class EpisodeEndAndRecordingTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final Moment AIRED = Moment.parse("2022-10-04T19:30+08:00");

    private static Recording recording() {
        return Recording.builder().url("https://x.com/i/spaces/1ZkKz/peek").duration(Duration.ofMinutes(90)).build();
    }

    @Test
    void holdsAnEndTimeAndARecordingApartFromTheLiveLink() {
        Recording recording = Recording.builder()
                .url("https://x.com/i/spaces/1ZkKz/peek")
                .duration(Duration.parse("PT1H30M"))
                .transcript("https://kemlu.go.id/transkrip/kemlu-space-2")
                .transcriptLanguage("id")
                .build();
        Episode episode = episodeBuilder("kedua", 2)
                .aired(AIRED)
                .ended(Moment.parse("2022-10-04T21:00+08:00"))
                .status(LiveStatus.ENDED)
                .url("https://x.com/i/spaces/1ZkKz")
                .recording(recording)
                .build();

        assertThat(episode.ended()).contains(Moment.parse("2022-10-04T21:00+08:00"));
        assertThat(episode.url()).contains(URI.create("https://x.com/i/spaces/1ZkKz"));
        assertThat(episode.recording()).contains(recording);
        assertThat(recording.url()).isEqualTo(URI.create("https://x.com/i/spaces/1ZkKz/peek"));
        assertThat(recording.duration()).contains(Duration.ofMinutes(90));
        assertThat(recording.transcript()).contains(URI.create("https://kemlu.go.id/transkrip/kemlu-space-2"));
        assertThat(recording.transcriptLanguage()).contains(LanguageTag.INDONESIAN);
        assertThat(Recording.of("https://x.com/i/spaces/1ZkKz/peek", Duration.ofMinutes(90))).isEqualTo(recording());
    }

    @Test
    void takesADurationInsteadOfAnEndAndAnEndOnTheDayItAired() {
        assertThat(episodeBuilder("kedua", 2).aired(AIRED).duration(Duration.ofHours(1)).build().duration())
                .contains(Duration.ofHours(1));
        assertThat(episodeBuilder("kedua", 2).aired(Moment.ofDate(2022, 10, 4)).ended(AIRED).build().ended())
                .contains(AIRED);
        assertThat(episodeBuilder("kedua", 2).aired(AIRED).ended(AIRED).build().ended()).contains(AIRED);
        assertThat(episodeBuilder("kedua", 2).duration(Duration.ofDays(7)).build().duration())
                .contains(Duration.ofDays(7));
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("an end before it aired", (ThrowingCallable) () -> episodeBuilder("e", 1).aired(AIRED)
                                .ended(Moment.parse("2022-10-04T19:29+08:00")).build(), "/ended",
                        "must not be before the time the episode aired", "tidak boleh sebelum waktu tayang episode"),
                Arguments.of("an end two days before", (ThrowingCallable) () -> episodeBuilder("e", 1).aired(AIRED)
                                .ended(Moment.ofDate(2022, 10, 2)).build(), "/ended",
                        "must not be before the time the episode aired", "tidak boleh sebelum waktu tayang episode"),
                Arguments.of("an end without the time it aired", (ThrowingCallable) () -> episodeBuilder("e", 1)
                                .ended(AIRED).build(), "/ended",
                        "needs the time the episode aired", "memerlukan waktu tayang episode"),
                Arguments.of("an end and a duration", (ThrowingCallable) () -> episodeBuilder("e", 1).aired(AIRED)
                                .ended(Moment.parse("2022-10-04T21:00+08:00")).duration(Duration.ofMinutes(90)).build(),
                        "/duration", "must not be given with an end time: give the end or the duration",
                        "tidak boleh diberikan bersama waktu selesai: berikan waktu selesai atau durasinya"),
                Arguments.of("a zero duration", (ThrowingCallable) () -> episodeBuilder("e", 1)
                                .duration(Duration.ZERO).build(), "/duration",
                        "must be more than zero and at most 7 days", "harus lebih dari nol dan paling lama 7 hari"),
                Arguments.of("a negative duration", (ThrowingCallable) () -> episodeBuilder("e", 1)
                                .duration(Duration.ofMinutes(-90)).build(), "/duration",
                        "must be more than zero and at most 7 days", "harus lebih dari nol dan paling lama 7 hari"),
                Arguments.of("a duration over 7 days", (ThrowingCallable) () -> episodeBuilder("e", 1)
                                .duration(Duration.ofDays(7).plusNanos(1)).build(), "/duration",
                        "must be more than zero and at most 7 days", "harus lebih dari nol dan paling lama 7 hari"),
                Arguments.of("a pending episode on a day", (ThrowingCallable) () -> episodeBuilder("e", 1)
                                .status(LiveStatus.PENDING).aired(Moment.ofDate(2022, 10, 4)).build(), "/aired",
                        "must be a date-time with offset, not a day, for a pending or live episode",
                        "harus berupa tanggal dan waktu dengan offset, bukan hanya tanggal, untuk episode yang belum"
                                + " mulai atau sedang tayang"),
                Arguments.of("a live episode on a day", (ThrowingCallable) () -> episodeBuilder("e", 1)
                                .status(LiveStatus.LIVE).aired(Moment.ofDate(2022, 10, 4)).build(), "/aired",
                        "must be a date-time with offset, not a day, for a pending or live episode",
                        "harus berupa tanggal dan waktu dengan offset, bukan hanya tanggal, untuk episode yang belum"
                                + " mulai atau sedang tayang"),
                Arguments.of("a recording of a pending episode", (ThrowingCallable) () -> episodeBuilder("e", 1)
                                .status(LiveStatus.PENDING).aired(AIRED).recording(recording()).build(), "/recording",
                        "must not be given for a pending episode",
                        "tidak boleh diberikan untuk episode yang belum mulai"),
                Arguments.of("a recording's zero duration", (ThrowingCallable) () -> Recording.builder()
                                .url("https://x.com/r").duration(Duration.ZERO).build(), "/duration",
                        "must be more than zero and at most 7 days", "harus lebih dari nol dan paling lama 7 hari"),
                Arguments.of("a recording's duration over 7 days", (ThrowingCallable) () -> Recording.builder()
                                .url("https://x.com/r").duration(Duration.ofDays(8)).build(), "/duration",
                        "must be more than zero and at most 7 days", "harus lebih dari nol dan paling lama 7 hari"),
                Arguments.of("a transcript without its language", (ThrowingCallable) () -> Recording.builder()
                                .url("https://x.com/r").transcript("https://x.com/t").build(), "/transcriptLanguage",
                        "is required with a transcript", "wajib diisi bila ada transkrip"),
                Arguments.of("a transcript language without a transcript", (ThrowingCallable) () -> Recording.builder()
                                .url("https://x.com/r").transcriptLanguage("en").build(), "/transcriptLanguage",
                        "needs a transcript", "memerlukan transkrip"),
                Arguments.of("a recording without a link", (ThrowingCallable) () -> Recording.builder().build(),
                        "/url", "is required", "wajib diisi"),
                Arguments.of("a recording at an http link", (ThrowingCallable) () -> Recording.builder()
                                .url(URI.create("http://x.com/r")).build(), "/url",
                        "must be an absolute https URL", "harus berupa URL https yang absolut"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void rejects(String name, ThrowingCallable building, String pointer, String english, String indonesian) {
        Violation violation = assertViolation(building, pointer, english);
        assertThat(violation.message(INDONESIAN)).isEqualTo(indonesian);
    }

    @Test
    void acceptsALiveEpisodeAtADateTimeAndARecordingOfALiveOrEndedEpisode() {
        assertThat(episodeBuilder("e", 1).status(LiveStatus.LIVE).aired(AIRED).recording(recording()).build()
                .recording()).isPresent();
        assertThat(episodeBuilder("e", 1).status(LiveStatus.ENDED).aired(Moment.ofDate(2022, 10, 4))
                .recording(recording()).build().recording()).isPresent();
        assertThat(episodeBuilder("e", 1).status(LiveStatus.PENDING).build().status()).contains(LiveStatus.PENDING);
    }

    @Test
    void reportsEveryTimeProblemAtOnce() {
        InvalidContentException exception = assertInvalid(() -> episodeBuilder("e", 1).status(LiveStatus.PENDING)
                .aired(Moment.ofDate(2022, 10, 4)).ended(Moment.ofDate(2022, 10, 3)).duration(Duration.ZERO)
                .recording(recording()).build());

        assertThat(exception.violations()).extracting(Violation::pointer, Violation::messageKey).containsExactly(
                tuple("/duration", "outreach.episode.endAndDuration"),
                tuple("/ended", "outreach.episode.endBeforeAired"),
                tuple("/duration", "outreach.duration.range"),
                tuple("/aired", "outreach.episode.liveNeedsTime"),
                tuple("/recording", "outreach.episode.recordingWhilePending"));
    }
}
