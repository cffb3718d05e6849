/**
 * The Outreach model: validated immutable values for a ministry's outreach content.
 *
 * <p>A {@link dev.outreach.core.Program} (such as Kemlu Space on X Spaces) has
 * {@link dev.outreach.core.Episode}s with {@link dev.outreach.core.Speaker}s and their
 * {@link dev.outreach.core.Quote}s, and {@link dev.outreach.core.Partner}s. An
 * {@link dev.outreach.core.Event} (such as WCCE 2022) may be a side event of another. A
 * {@link dev.outreach.core.Coverage} records a news article about them, with third-party
 * {@link dev.outreach.core.Commentary}. A {@link dev.outreach.core.Dossier} holds a whole set
 * and checks the references between them.
 *
 * <p>Every type is built with a builder and changed with {@code withX(...)} copies. Building
 * either returns a valid value or throws one {@link dev.outreach.core.InvalidContentException}
 * that lists every {@link dev.outreach.core.Violation}: no invalid instance can exist. A value
 * nested in another was validated when it was built, so validating the parent does not walk
 * it again. Nothing is invented: a day without a time of day, an article without a publication
 * date, a byline of initials are all representable.
 *
 * <p>The episode of the article "Kemlu Space", built in code:
 * <pre>{@code
 * Organization kemlu = Organization.builder()
 *     .id("kemlu")
 *     .name(BilingualText.of("Kementerian Luar Negeri", "Ministry of Foreign Affairs"))
 *     .acronym("Kemlu")
 *     .kind(OrganizationKind.MINISTRY)
 *     .build();
 * Person yudi = Person.builder()
 *     .id("antonius-yudi-triantoro")
 *     .name("Antonius Yudi Triantoro")
 *     .jobTitle(BilingualText.indonesian(
 *         "Direktur Perdagangan, Perindustrian, Komoditas, dan Kekayaan Intelektual"))
 *     .affiliation(kemlu)
 *     .build();
 * Episode episode = Episode.builder()
 *     .id("road-to-wcce")
 *     .number(1)
 *     .title(BilingualText.of("Road to WCCE", "Road to WCCE"))
 *     .aired(Moment.ofDate(2022, 10, 4))             // the day is known, the time is not
 *     .addSpeaker(Speaker.of(yudi, SpeakerRole.GUEST))
 *     .addQuote(Quote.builder()
 *         .speakerId("antonius-yudi-triantoro")
 *         .text(BilingualText.indonesian("World Conference on Creative Economy sebagai wadah ..."))
 *         .language(LanguageTag.INDONESIAN)
 *         .build())
 *     .addPartnerId("kemenparekraf")
 *     .build();
 * Episode renamed = episode.withTitle(BilingualText.english("Road to WCCE 2022"));
 * }</pre>
 */
@OutreachStyle
package dev.outreach.core;
