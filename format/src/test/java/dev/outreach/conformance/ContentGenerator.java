package dev.outreach.conformance;

import dev.outreach.core.AttendanceMode;
import dev.outreach.core.BilingualText;
import dev.outreach.core.Commentary;
import dev.outreach.core.CountryCode;
import dev.outreach.core.Coverage;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.EventRelation;
import dev.outreach.core.EventRelationKind;
import dev.outreach.core.EventStatus;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.LiveStatus;
import dev.outreach.core.Moment;
import dev.outreach.core.Organization;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.Partner;
import dev.outreach.core.PartnerRole;
import dev.outreach.core.Person;
import dev.outreach.core.Place;
import dev.outreach.core.Platform;
import dev.outreach.core.Program;
import dev.outreach.core.Quote;
import dev.outreach.core.Recording;
import dev.outreach.core.QuoteForm;
import dev.outreach.core.Scope;
import dev.outreach.core.Speaker;
import dev.outreach.core.SpeakerRole;
import dev.outreach.core.Subdivision;
import dev.outreach.core.TextDirection;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates valid content graphs at random: a {@link Dossier} with programs, their partners and
 * episodes, speakers and the quotes that name them, events that refer to earlier events (so
 * never in a cycle), and coverage with commentary. Everything the model checks across values
 * holds by construction: identifiers unique across the dossier, references that resolve, episode
 * numbers unique in a program, ends not before starts, quotes with their original words.
 *
 * <p>Texts mix ASCII, Indonesian and other scripts, characters JSON must escape, astral code
 * points (surrogate pairs) and, where the model allows them, line breaks; sizes reach each
 * field's limit now and then. One generator is one graph: it remembers the identifiers it used.
 */
final class ContentGenerator {

    private static final String ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String PUNCTUATION = ",.;:!?-'\"/\\~()[]{}%&@#*+=<>|_^`$";
    private static final int[] UNICODE = "éèêàâäîïôöùûüçñßøåæœĀāĒēŠšŽžαβγδЖжЯя中文字日本語العربيةहिन्दी\u00a0\u200b"
            .codePoints().toArray();
    private static final int[] ASTRAL = {0x1F600, 0x1F1EE, 0x1F1E9, 0x1D11E, 0x20BB7, 0x1F30F};
    private static final String[] OTHER_LANGUAGES = {"jv", "su", "fr", "ar", "zh-Hant", "ms", "nl"};
    private static final String[] OTHER_SUBDIVISIONS = {"US-CA", "MY-01", "AU-NSW", "JP-13", "FR-75"};
    private static final ZoneOffset[] OFFSETS = {ZoneOffset.ofHours(7), ZoneOffset.ofHours(8), ZoneOffset.ofHours(9),
        ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHours(-5), ZoneOffset.ofHoursMinutes(-9, -30)};

    private final SplittableRandom random;
    private final Set<String> dossierIds = new HashSet<>();
    /** The identifiers of the organizations and persons made: each one stands for one of them. */
    private final Set<String> organizationAndPersonIds = new HashSet<>();

    ContentGenerator(SplittableRandom random) {
        this.random = random;
    }

    // ---- the graph -------------------------------------------------------------------------

    Dossier dossier() {
        Dossier.Builder dossier = Dossier.builder();
        List<Event> events = new ArrayList<>();
        int eventCount = random.nextInt(4);
        for (int i = 0; i < eventCount; i++) {
            events.add(event(events));
        }
        dossier.events(events);
        List<String> known = new ArrayList<>();
        events.forEach(e -> known.add(e.id()));
        int programCount = random.nextInt(4);
        for (int i = 0; i < programCount; i++) {
            Program program = program(events);
            known.add(program.id());
            program.episodes().forEach(e -> known.add(e.id()));
            dossier.addProgram(program);
        }
        int coverageCount = random.nextInt(3);
        for (int i = 0; i < coverageCount; i++) {
            dossier.addCoverage(coverage(known));
        }
        return dossier.build();
    }

    Program program(List<Event> events) {
        Program.Builder program = Program.builder()
                .id(uniqueId())
                .name(bilingual(200))
                .organizer(organization())
                .platform(pick(Platform.values()));
        if (chance(2)) {
            program.description(bilingual(BilingualText.MAX));
        }
        if (chance(2)) {
            program.url(url());
        }
        List<String> partnerIds = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int partners = random.nextInt(4);
        for (int i = 0; i < partners; i++) {
            Organization organization = organization();
            if (used.add(organization.id())) {
                program.addPartner(Partner.of(organization, pick(PartnerRole.values())));
                partnerIds.add(organization.id());
            }
        }
        Set<Integer> numbers = new HashSet<>();
        int episodes = random.nextInt(5);
        for (int i = 0; i < episodes; i++) {
            int number = chance(8) ? Integer.MAX_VALUE - random.nextInt(3) : 1 + random.nextInt(200);
            if (numbers.add(number)) {
                program.addEpisode(episode(number, partnerIds, events));
            }
        }
        return program.build();
    }

    Episode episode(int number, List<String> partnerIds, List<Event> events) {
        Episode.Builder episode = Episode.builder().id(uniqueId()).number(number).title(bilingual(200));
        if (chance(2)) {
            episode.description(bilingual(BilingualText.MAX));
        }
        Moment aired = chance(2) ? moment() : null;
        LiveStatus status = chance(3) ? pick(LiveStatus.values()) : null;
        if (aired != null && !aired.hasTime() && (status == LiveStatus.PENDING || status == LiveStatus.LIVE)) {
            aired = Moment.of(aired.date().atTime(19, 30).atOffset(pick(OFFSETS))); // a live episode has a time
        }
        if (aired != null) {
            episode.aired(aired);
            if (chance(4)) {
                episode.ended(after(aired));
            } else if (chance(4)) {
                episode.duration(duration());
            }
        }
        if (status != null) {
            episode.status(status);
        }
        if (status != LiveStatus.PENDING && chance(4)) {
            episode.recording(recording());
        }
        if (chance(3)) {
            episode.platform(pick(Platform.values()));
        }
        if (chance(3)) {
            episode.url(url());
        }
        List<String> speakerIds = new ArrayList<>();
        int speakers = random.nextInt(4);
        for (int i = 0; i < speakers; i++) {
            Person person = person();
            if (!speakerIds.contains(person.id())) {
                episode.addSpeaker(Speaker.of(person, pick(SpeakerRole.values())));
                speakerIds.add(person.id());
            }
        }
        if (!speakerIds.isEmpty()) {
            int quotes = random.nextInt(4);
            for (int i = 0; i < quotes; i++) {
                episode.addQuote(quote(speakerIds.get(random.nextInt(speakerIds.size()))));
            }
        }
        episode.partnerIds(subset(partnerIds));
        List<String> eventIds = new ArrayList<>();
        events.forEach(e -> eventIds.add(e.id()));
        episode.eventIds(subset(eventIds));
        return episode.build();
    }

    Event event(List<Event> earlier) {
        Event.Builder event = Event.builder().id(uniqueId()).name(bilingual(300));
        if (chance(2)) {
            event.acronym(text(32, false));
        }
        if (chance(2)) {
            event.edition(chance(8) ? Integer.MAX_VALUE : 1 + random.nextInt(50));
        }
        if (chance(2)) {
            event.theme(bilingual(300));
        }
        if (chance(3)) {
            event.description(bilingual(BilingualText.MAX));
        }
        if (chance(2)) {
            Moment start = moment();
            event.start(start);
            if (chance(2)) {
                event.end(after(start));
            }
        }
        if (chance(2)) {
            event.location(place());
        }
        if (chance(3)) {
            event.attendanceMode(pick(AttendanceMode.values()));
        }
        if (chance(3)) {
            event.status(pick(EventStatus.values()));
        }
        Set<String> organizers = new HashSet<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Organization organization = organization();
            if (organizers.add(organization.id())) {
                event.addOrganizer(organization);
            }
        }
        // Only earlier events, each once: the relations form no cycle.
        List<String> earlierIds = new ArrayList<>();
        earlier.forEach(e -> earlierIds.add(e.id()));
        for (String target : subset(earlierIds)) {
            event.addRelation(EventRelation.of(pick(EventRelationKind.values()), target));
        }
        if (chance(3)) {
            event.url(url());
        }
        return event.build();
    }

    Coverage coverage(List<String> known) {
        Coverage.Builder coverage = Coverage.builder().outlet(text(100, false)).language(language());
        if (chance(2)) {
            coverage.headline(bilingual(300));
        }
        if (chance(2)) {
            coverage.dateline(text(100, false));
        }
        if (chance(2)) {
            coverage.byline(text(100, false));
        }
        if (chance(3)) {
            coverage.published(moment());
        }
        if (chance(2)) {
            coverage.url(url());
        }
        coverage.about(subset(known));
        int commentaries = random.nextInt(3);
        for (int i = 0; i < commentaries; i++) {
            coverage.addCommentary(commentary());
        }
        return coverage.build();
    }

    Commentary commentary() {
        Person commentator = person();
        Commentary.Builder commentary = Commentary.builder().commentator(commentator);
        boolean summary = chance(2);
        if (summary) {
            commentary.summary(bilingual(BilingualText.MAX));
        }
        if (chance(2)) {
            commentary.setting(bilingual(200));
        }
        int quotes = summary ? random.nextInt(3) : 1 + random.nextInt(2);
        for (int i = 0; i < quotes; i++) {
            commentary.addQuote(quote(commentator.id()));
        }
        return commentary.build();
    }

    Quote quote(String speakerId) {
        LanguageTag language = language();
        String original = text(BilingualText.MAX, true);
        String other = chance(2) ? text(BilingualText.MAX, true) : null;
        BilingualText text;
        switch (language.language()) {
            case "id":
                text = BilingualText.of(original, other);
                break;
            case "en":
                text = BilingualText.of(other, original);
                break;
            default:
                // The words in their own language, with translations beside them now and then.
                text = BilingualText.inLanguage(language, original);
                if (other != null) {
                    text = text.with(chance(2) ? LanguageTag.INDONESIAN : LanguageTag.ENGLISH, other);
                }
        }
        Quote.Builder quote = Quote.builder().speakerId(speakerId).text(text).language(language);
        if (chance(2)) {
            quote.form(pick(QuoteForm.values()));
        }
        if (chance(3)) {
            quote.saidAt(moment());
        }
        if (chance(3)) {
            quote.source(url());
        }
        return quote.build();
    }

    Person person() {
        Person.Builder person = Person.builder().id(freshId()).name(text(Person.MAX_NAME, false));
        if (chance(3)) {
            person.honorificPrefix(text(32, false));
        }
        if (chance(2)) {
            person.jobTitle(bilingual(300));
        }
        if (chance(2)) {
            person.affiliation(organization());
        }
        return person.build();
    }

    Organization organization() {
        return organization(0);
    }

    /** An organization with at most {@code 2 - levels} organizations above it. */
    private Organization organization(int levels) {
        OrganizationKind kind = pick(OrganizationKind.values());
        Organization.Builder organization = Organization.builder()
                .id(freshId())
                .name(bilingual(300))
                .kind(kind);
        if (kind == OrganizationKind.DIPLOMATIC_MISSION) {
            organization.hostCountry(CountryCode.of(pick(new String[] {"JP", "US", "CH", "SA", "AU"})));
        }
        if (levels < 2 && chance(4)) {
            organization.parentOrganization(organization(levels + 1));
        }
        if (chance(2)) {
            organization.acronym(text(32, false));
        }
        Scope scope = pick(Scope.values());
        if (scope != Scope.NATIONAL || chance(2)) {
            organization.scope(scope);
        }
        if (scope == Scope.REGIONAL) {
            Set<Subdivision> provinces = new LinkedHashSet<>();
            int count = 1 + random.nextInt(chance(10) ? 38 : 3);
            for (int i = 0; i < count; i++) {
                provinces.add(subdivision());
            }
            organization.provinces(provinces);
        }
        if (chance(3)) {
            organization.website(url());
        }
        return organization.build();
    }

    Place place() {
        Place.Builder place = Place.builder();
        if (chance(2)) {
            place.name(bilingual(200));
        }
        if (chance(2)) {
            place.locality(text(100, false));
        }
        if (chance(2)) {
            Subdivision subdivision = subdivision();
            place.subdivision(subdivision).country(subdivision.country());
        } else {
            place.country(chance(2) ? CountryCode.INDONESIA : CountryCode.of(pick(new String[] {"MY", "SG", "US", "JP"})));
        }
        return place.build();
    }

    // ---- values ----------------------------------------------------------------------------

    Subdivision subdivision() {
        return chance(5) ? Subdivision.of(pick(OTHER_SUBDIVISIONS))
                : Subdivision.provincesOfIndonesia().get(random.nextInt(Subdivision.provincesOfIndonesia().size()));
    }

    LanguageTag language() {
        int roll = random.nextInt(10);
        if (roll < 4) {
            return LanguageTag.INDONESIAN;
        }
        if (roll < 7) {
            return LanguageTag.ENGLISH;
        }
        if (roll < 8) {
            return LanguageTag.of("en-GB");
        }
        return LanguageTag.of(pick(OTHER_LANGUAGES));
    }

    /** A day, or a date-time with an offset (whole minutes, sometimes seconds and nanoseconds). */
    Moment moment() {
        LocalDate day = chance(10) ? LocalDate.of(1 + random.nextInt(9999), 1 + random.nextInt(12), 1)
                : LocalDate.of(1990 + random.nextInt(60), 1, 1).plusDays(random.nextInt(366));
        if (chance(2)) {
            return Moment.ofDate(day);
        }
        LocalDateTime time = day.atTime(random.nextInt(24), random.nextInt(60));
        if (chance(4)) {
            time = time.withSecond(random.nextInt(60)).withNano(chance(2) ? 0 : random.nextInt(1_000_000_000));
        }
        return Moment.of(OffsetDateTime.of(time, pick(OFFSETS)));
    }

    /** A moment not before {@code start}, of the same precision. */
    Moment after(Moment start) {
        if (start.dateTime().isPresent()) {
            OffsetDateTime end = start.dateTime().get().plusMinutes(random.nextInt(60 * 24 * 10));
            return Moment.of(end.withOffsetSameInstant(pick(OFFSETS)));
        }
        return Moment.ofDate(start.date().plusDays(random.nextInt(10)));
    }

    /** A duration of more than zero and at most seven days, sometimes with a fraction of a second. */
    Duration duration() {
        Duration duration = Duration.ofSeconds(1 + random.nextInt(7 * 24 * 60 * 60));
        return chance(4) ? duration.minusNanos(1 + random.nextInt(999_999_999)) : duration;
    }

    Recording recording() {
        Recording.Builder recording = Recording.builder().url(url());
        if (chance(2)) {
            recording.duration(duration());
        }
        if (chance(3)) {
            recording.transcript(url()).transcriptLanguage(language());
        }
        return recording.build();
    }

    URI url() {
        StringBuilder url = new StringBuilder("https://");
        url.append(slug()).append(pick(new String[] {".go.id", ".example.org", ".co.id", ".kemlu.go.id"}));
        int segments = random.nextInt(4);
        for (int i = 0; i < segments; i++) {
            url.append('/').append(chance(4) ? "%C3%A9t%C3%A9" : slug());
        }
        if (chance(3)) {
            url.append("?episode=").append(random.nextInt(100)).append("&lang=id");
        }
        if (chance(4)) {
            url.append('#').append(slug());
        }
        return URI.create(url.toString());
    }

    BilingualText bilingual(int max) {
        BilingualText text;
        switch (random.nextInt(3)) {
            case 0:
                text = BilingualText.indonesian(text(max, max == BilingualText.MAX));
                break;
            case 1:
                text = BilingualText.english(text(max, max == BilingualText.MAX));
                break;
            default:
                text = BilingualText.of(text(max, max == BilingualText.MAX), text(max, max == BilingualText.MAX));
        }
        if (chance(4)) {
            // Another language beside, now and then with its direction given explicitly.
            LanguageTag other = LanguageTag.of(pick(OTHER_LANGUAGES));
            text = text.with(other, text(max, max == BilingualText.MAX));
            if (chance(2)) {
                text = text.withDirection(other, pick(TextDirection.values()));
            }
        }
        return text;
    }

    /**
     * Clean text: no white space at either end, no control characters (but line breaks inside
     * when {@code multiline}), whole surrogate pairs only; at most {@code max} code points, and
     * now and then exactly {@code max}.
     */
    String text(int max, boolean multiline) {
        int length = chance(20) ? max : 1 + random.nextInt(Math.min(max, 40));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            boolean end = i == 0 || i == length - 1;
            text.appendCodePoint(codePoint(end, multiline));
        }
        return text.toString();
    }

    private int codePoint(boolean end, boolean multiline) {
        int roll = random.nextInt(100);
        if (roll < 60) {
            return ASCII.charAt(random.nextInt(ASCII.length()));
        }
        if (roll < 70) {
            return end ? ASCII.charAt(random.nextInt(ASCII.length())) : ' ';
        }
        if (roll < 80) {
            return PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length()));
        }
        if (roll < 90) {
            int c = UNICODE[random.nextInt(UNICODE.length)];
            // Not at an end: white space there is untrimmed, and a text of one invisible U+200B is blank.
            boolean invisible = Character.isSpaceChar(c) || Character.isWhitespace(c)
                    || Character.getType(c) == Character.FORMAT;
            return end && invisible ? 'x' : c;
        }
        if (roll < 95 && multiline && !end) {
            return '\n';
        }
        return ASTRAL[random.nextInt(ASTRAL.length)];
    }

    /** A slug of up to 64 characters, now and then exactly 64. */
    String slug() {
        if (chance(30)) {
            StringBuilder longest = new StringBuilder();
            while (longest.length() < 64) {
                longest.append(longest.length() % 9 == 8 ? '-' : (char) ('a' + random.nextInt(26)));
            }
            return longest.toString();
        }
        int words = 1 + random.nextInt(4);
        StringBuilder slug = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                slug.append('-');
            }
            int letters = 1 + random.nextInt(8);
            for (int i = 0; i < letters; i++) {
                slug.append(random.nextInt(5) == 0 ? (char) ('0' + random.nextInt(10)) : (char) ('a' + random.nextInt(26)));
            }
        }
        return slug.toString();
    }

    /** A slug not yet used for an organization or person of this dossier. */
    String freshId() {
        while (true) {
            String id = slug();
            if (organizationAndPersonIds.add(id)) {
                return id;
            }
        }
    }

    /** A slug not yet used for a program, episode or event of this dossier. */
    String uniqueId() {
        while (true) {
            String id = slug();
            if (dossierIds.add(id)) {
                return id;
            }
        }
    }

    List<String> subset(List<String> items) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            if (chance(2)) {
                out.add(item);
            }
        }
        return out;
    }

    boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
