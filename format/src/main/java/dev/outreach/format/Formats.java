package dev.outreach.format;

import static dev.outreach.format.Codecs.COUNTRY;
import static dev.outreach.format.Codecs.DURATION;
import static dev.outreach.format.Codecs.INTEGER;
import static dev.outreach.format.Codecs.LANGUAGE;
import static dev.outreach.format.Codecs.MOMENT;
import static dev.outreach.format.Codecs.STRING;
import static dev.outreach.format.Codecs.SUBDIVISION;
import static dev.outreach.format.Codecs.URL;
import static dev.outreach.format.Codecs.code;
import static dev.outreach.format.Property.defaulted;
import static dev.outreach.format.Property.list;
import static dev.outreach.format.Property.optional;
import static dev.outreach.format.Property.required;

import dev.outreach.core.AttendanceMode;
import dev.outreach.core.BilingualText;
import dev.outreach.core.Commentary;
import dev.outreach.core.Coverage;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.EpisodeParticipation;
import dev.outreach.core.Event;
import dev.outreach.core.EventRelation;
import dev.outreach.core.EventRelationKind;
import dev.outreach.core.EventStatus;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.LiveStatus;
import dev.outreach.core.Organization;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.Partner;
import dev.outreach.core.PartnerGroup;
import dev.outreach.core.PartnerRole;
import dev.outreach.core.Person;
import dev.outreach.core.Place;
import dev.outreach.core.Platform;
import dev.outreach.core.Program;
import dev.outreach.core.Quote;
import dev.outreach.core.QuoteForm;
import dev.outreach.core.ReachReport;
import dev.outreach.core.Recording;
import dev.outreach.core.Scope;
import dev.outreach.core.Speaker;
import dev.outreach.core.SpeakerRole;
import java.util.List;

/**
 * The JSON format, version 1.1: one {@link ObjectFormat} per model type, its properties in the
 * order they are written, each list with the most entries a reader takes. {@code docs/json-format.md} describes the same format for people and
 * the shipped JSON Schema for machines; a change here is a change to both. The schema is
 * generated from these definitions (see {@code SchemaGenerator} in the tests), and the tests
 * fail when the shipped schema or the docs' property tables differ from them.
 *
 * <p>Each format is defined in a holder class of its own and created when first used (see
 * {@link Lazily}); the constants here, and {@link #ALL}, name every one of them, so using them
 * creates all.
 */
final class Formats {

    private Formats() {
    }

    /** A language map: Indonesian and English as declared properties, any other language as an open key. */
    static final ObjectFormat<BilingualText.Builder, BilingualText> BILINGUAL_TEXT = BilingualTextFormat.FORMAT;

    private static final class BilingualTextFormat {
        static final ObjectFormat<BilingualText.Builder, BilingualText> FORMAT = new ObjectFormat<>(
                BilingualText.class, BilingualText::builder, BilingualText.Builder::build, new LanguageKeys(),
                Property.language("id", "indonesian", LanguageTag.INDONESIAN),
                Property.language("en", "english", LanguageTag.ENGLISH));
    }

    static final ObjectFormat<Organization.Builder, Organization> ORGANIZATION = OrganizationFormat.FORMAT;

    private static final class OrganizationFormat {
        static final ObjectFormat<Organization.Builder, Organization> FORMAT = new ObjectFormat<>(
                Organization.class, Organization::builder, Organization.Builder::build,
                required("id", STRING, Organization.Builder::id, Organization::id),
                required("name", BilingualTextFormat.FORMAT, Organization.Builder::name, Organization::name),
                optional("acronym", STRING, Organization.Builder::acronym, Organization::acronym),
                required("kind", code(OrganizationKind.class), Organization.Builder::kind, Organization::kind),
                defaulted("scope", code(Scope.class), Organization.Builder::scope, Organization::scope, Scope.NATIONAL),
                list("provinces", SUBDIVISION, Organization.Builder::provinces, Organization::provinces, 100),
                optional("website", URL, Organization.Builder::website, Organization::website),
                optional("hostCountry", COUNTRY, Organization.Builder::hostCountry, Organization::hostCountry),
                optional("parentOrganization", new SelfReference<>(() -> OrganizationFormat.FORMAT,
                        "parentOrganization", Organization.MAX_PARENTS, "outreach.organization.tooManyParents"),
                        Organization.Builder::parentOrganization, Organization::parentOrganization));
    }

    static final ObjectFormat<Person.Builder, Person> PERSON = PersonFormat.FORMAT;

    private static final class PersonFormat {
        static final ObjectFormat<Person.Builder, Person> FORMAT = new ObjectFormat<>(
                Person.class, Person::builder, Person.Builder::build,
                required("id", STRING, Person.Builder::id, Person::id),
                required("name", STRING, Person.Builder::name, Person::name),
                optional("honorificPrefix", STRING, Person.Builder::honorificPrefix, Person::honorificPrefix),
                optional("jobTitle", BilingualTextFormat.FORMAT, Person.Builder::jobTitle, Person::jobTitle),
                optional("affiliation", OrganizationFormat.FORMAT, Person.Builder::affiliation, Person::affiliation));
    }

    static final ObjectFormat<Speaker.Builder, Speaker> SPEAKER = SpeakerFormat.FORMAT;

    private static final class SpeakerFormat {
        static final ObjectFormat<Speaker.Builder, Speaker> FORMAT = new ObjectFormat<>(
                Speaker.class, Speaker::builder, Speaker.Builder::build,
                required("person", PersonFormat.FORMAT, Speaker.Builder::person, Speaker::person),
                required("role", code(SpeakerRole.class), Speaker.Builder::role, Speaker::role));
    }

    static final ObjectFormat<Quote.Builder, Quote> QUOTE = QuoteFormat.FORMAT;

    private static final class QuoteFormat {
        static final ObjectFormat<Quote.Builder, Quote> FORMAT = new ObjectFormat<>(
                Quote.class, Quote::builder, Quote.Builder::build,
                required("speakerId", STRING, Quote.Builder::speakerId, Quote::speakerId),
                required("text", BilingualTextFormat.FORMAT, Quote.Builder::text, Quote::text),
                required("language", LANGUAGE, Quote.Builder::language, Quote::language),
                defaulted("form", code(QuoteForm.class), Quote.Builder::form, Quote::form, QuoteForm.VERBATIM),
                optional("saidAt", MOMENT, Quote.Builder::saidAt, Quote::saidAt),
                optional("source", URL, Quote.Builder::source, Quote::source));
    }

    static final ObjectFormat<Recording.Builder, Recording> RECORDING = RecordingFormat.FORMAT;

    private static final class RecordingFormat {
        static final ObjectFormat<Recording.Builder, Recording> FORMAT = new ObjectFormat<>(
                Recording.class, Recording::builder, Recording.Builder::build,
                required("url", URL, Recording.Builder::url, Recording::url),
                optional("duration", DURATION, Recording.Builder::duration, Recording::duration),
                optional("transcript", URL, Recording.Builder::transcript, Recording::transcript),
                optional("transcriptLanguage", LANGUAGE, Recording.Builder::transcriptLanguage,
                        Recording::transcriptLanguage));
    }

    static final ObjectFormat<Episode.Builder, Episode> EPISODE = EpisodeFormat.FORMAT;

    private static final class EpisodeFormat {
        static final ObjectFormat<Episode.Builder, Episode> FORMAT = new ObjectFormat<>(
                Episode.class, Episode::builder, Episode.Builder::build,
                required("id", STRING, Episode.Builder::id, Episode::id),
                required("number", INTEGER, Episode.Builder::number, Episode::number),
                required("title", BilingualTextFormat.FORMAT, Episode.Builder::title, Episode::title),
                optional("description", BilingualTextFormat.FORMAT, Episode.Builder::description, Episode::description),
                optional("aired", MOMENT, Episode.Builder::aired, Episode::aired),
                optional("ended", MOMENT, Episode.Builder::ended, Episode::ended),
                optional("duration", DURATION, Episode.Builder::duration, Episode::duration),
                optional("status", code(LiveStatus.class), Episode.Builder::status, Episode::status),
                optional("platform", code(Platform.class), Episode.Builder::platform, Episode::platform),
                optional("url", URL, Episode.Builder::url, Episode::url),
                optional("recording", RecordingFormat.FORMAT, Episode.Builder::recording, Episode::recording),
                list("speakers", SpeakerFormat.FORMAT, Episode.Builder::speakers, Episode::speakers, 100),
                list("quotes", QuoteFormat.FORMAT, Episode.Builder::quotes, Episode::quotes, 1_000),
                list("partnerIds", STRING, Episode.Builder::partnerIds, Episode::partnerIds, 100),
                list("eventIds", STRING, Episode.Builder::eventIds, Episode::eventIds, 100));
    }

    static final ObjectFormat<Partner.Builder, Partner> PARTNER = PartnerFormat.FORMAT;

    private static final class PartnerFormat {
        static final ObjectFormat<Partner.Builder, Partner> FORMAT = new ObjectFormat<>(
                Partner.class, Partner::builder, Partner.Builder::build,
                required("organization", OrganizationFormat.FORMAT, Partner.Builder::organization,
                        Partner::organization),
                required("role", code(PartnerRole.class), Partner.Builder::role, Partner::role));
    }

    static final ObjectFormat<Program.Builder, Program> PROGRAM = ProgramFormat.FORMAT;

    private static final class ProgramFormat {
        static final ObjectFormat<Program.Builder, Program> FORMAT = new ObjectFormat<>(
                Program.class, Program::builder, Program.Builder::build,
                required("id", STRING, Program.Builder::id, Program::id),
                required("name", BilingualTextFormat.FORMAT, Program.Builder::name, Program::name),
                optional("description", BilingualTextFormat.FORMAT, Program.Builder::description, Program::description),
                required("organizer", OrganizationFormat.FORMAT, Program.Builder::organizer, Program::organizer),
                required("platform", code(Platform.class), Program.Builder::platform, Program::platform),
                optional("url", URL, Program.Builder::url, Program::url),
                list("partners", PartnerFormat.FORMAT, Program.Builder::partners, Program::partners, 1_000),
                list("episodes", EpisodeFormat.FORMAT, Program.Builder::episodes, Program::episodes, 10_000));
    }

    static final ObjectFormat<Place.Builder, Place> PLACE = PlaceFormat.FORMAT;

    private static final class PlaceFormat {
        static final ObjectFormat<Place.Builder, Place> FORMAT = new ObjectFormat<>(
                Place.class, Place::builder, Place.Builder::build,
                optional("name", BilingualTextFormat.FORMAT, Place.Builder::name, Place::name),
                optional("locality", STRING, Place.Builder::locality, Place::locality),
                optional("subdivision", SUBDIVISION, Place.Builder::subdivision, Place::subdivision),
                required("country", COUNTRY, Place.Builder::country, Place::country));
    }

    static final ObjectFormat<EventRelation.Builder, EventRelation> EVENT_RELATION = EventRelationFormat.FORMAT;

    private static final class EventRelationFormat {
        static final ObjectFormat<EventRelation.Builder, EventRelation> FORMAT = new ObjectFormat<>(
                EventRelation.class, EventRelation::builder, EventRelation.Builder::build,
                required("kind", code(EventRelationKind.class), EventRelation.Builder::kind, EventRelation::kind),
                required("eventId", STRING, EventRelation.Builder::eventId, EventRelation::eventId));
    }

    static final ObjectFormat<Event.Builder, Event> EVENT = EventFormat.FORMAT;

    private static final class EventFormat {
        static final ObjectFormat<Event.Builder, Event> FORMAT = new ObjectFormat<>(
                Event.class, Event::builder, Event.Builder::build,
                required("id", STRING, Event.Builder::id, Event::id),
                required("name", BilingualTextFormat.FORMAT, Event.Builder::name, Event::name),
                optional("acronym", STRING, Event.Builder::acronym, Event::acronym),
                optional("edition", INTEGER, Event.Builder::edition, Event::edition),
                optional("theme", BilingualTextFormat.FORMAT, Event.Builder::theme, Event::theme),
                optional("description", BilingualTextFormat.FORMAT, Event.Builder::description, Event::description),
                optional("start", MOMENT, Event.Builder::start, Event::start),
                optional("end", MOMENT, Event.Builder::end, Event::end),
                optional("location", PlaceFormat.FORMAT, Event.Builder::location, Event::location),
                optional("attendanceMode", code(AttendanceMode.class), Event.Builder::attendanceMode,
                        Event::attendanceMode),
                optional("status", code(EventStatus.class), Event.Builder::status, Event::status),
                list("organizers", OrganizationFormat.FORMAT, Event.Builder::organizers, Event::organizers, 100),
                list("relations", EventRelationFormat.FORMAT, Event.Builder::relations, Event::relations, 100),
                optional("url", URL, Event.Builder::url, Event::url));
    }

    static final ObjectFormat<Commentary.Builder, Commentary> COMMENTARY = CommentaryFormat.FORMAT;

    private static final class CommentaryFormat {
        static final ObjectFormat<Commentary.Builder, Commentary> FORMAT = new ObjectFormat<>(
                Commentary.class, Commentary::builder, Commentary.Builder::build,
                required("commentator", PersonFormat.FORMAT, Commentary.Builder::commentator, Commentary::commentator),
                optional("summary", BilingualTextFormat.FORMAT, Commentary.Builder::summary, Commentary::summary),
                optional("setting", BilingualTextFormat.FORMAT, Commentary.Builder::setting, Commentary::setting),
                list("quotes", QuoteFormat.FORMAT, Commentary.Builder::quotes, Commentary::quotes, 100));
    }

    static final ObjectFormat<Coverage.Builder, Coverage> COVERAGE = CoverageFormat.FORMAT;

    private static final class CoverageFormat {
        static final ObjectFormat<Coverage.Builder, Coverage> FORMAT = new ObjectFormat<>(
                Coverage.class, Coverage::builder, Coverage.Builder::build,
                required("outlet", STRING, Coverage.Builder::outlet, Coverage::outlet),
                optional("headline", BilingualTextFormat.FORMAT, Coverage.Builder::headline, Coverage::headline),
                optional("dateline", STRING, Coverage.Builder::dateline, Coverage::dateline),
                optional("byline", STRING, Coverage.Builder::byline, Coverage::byline),
                optional("published", MOMENT, Coverage.Builder::published, Coverage::published),
                required("language", LANGUAGE, Coverage.Builder::language, Coverage::language),
                optional("url", URL, Coverage.Builder::url, Coverage::url),
                list("about", STRING, Coverage.Builder::about, Coverage::about, 1_000),
                list("commentaries", CommentaryFormat.FORMAT, Coverage.Builder::commentaries,
                        Coverage::commentaries, 100));
    }

    static final ObjectFormat<Dossier.Builder, Dossier> DOSSIER = DossierFormat.FORMAT;

    private static final class DossierFormat {
        static final ObjectFormat<Dossier.Builder, Dossier> FORMAT = new ObjectFormat<>(
                Dossier.class, Dossier::builder, Dossier.Builder::build,
                list("programs", ProgramFormat.FORMAT, Dossier.Builder::programs, Dossier::programs, 1_000),
                list("events", EventFormat.FORMAT, Dossier.Builder::events, Dossier::events, 10_000),
                list("coverage", CoverageFormat.FORMAT, Dossier.Builder::coverage, Dossier::coverage, 10_000));
    }

    static final ObjectFormat<PartnerGroup.Builder, PartnerGroup> PARTNER_GROUP = PartnerGroupFormat.FORMAT;

    private static final class PartnerGroupFormat {
        static final ObjectFormat<PartnerGroup.Builder, PartnerGroup> FORMAT = new ObjectFormat<>(
                PartnerGroup.class, PartnerGroup::builder, PartnerGroup.Builder::build,
                required("kind", code(OrganizationKind.class), PartnerGroup.Builder::kind, PartnerGroup::kind),
                required("scope", code(Scope.class), PartnerGroup.Builder::scope, PartnerGroup::scope),
                list("organizationIds", STRING, PartnerGroup.Builder::organizationIds, PartnerGroup::organizationIds,
                        1_000));
    }

    static final ObjectFormat<EpisodeParticipation.Builder, EpisodeParticipation> EPISODE_PARTICIPATION =
            EpisodeParticipationFormat.FORMAT;

    private static final class EpisodeParticipationFormat {
        static final ObjectFormat<EpisodeParticipation.Builder, EpisodeParticipation> FORMAT =
                new ObjectFormat<>(EpisodeParticipation.class, EpisodeParticipation::builder,
                        EpisodeParticipation.Builder::build,
                        required("episodeId", STRING, EpisodeParticipation.Builder::episodeId,
                                EpisodeParticipation::episodeId),
                        required("number", INTEGER, EpisodeParticipation.Builder::number, EpisodeParticipation::number),
                        list("partnerIds", STRING, EpisodeParticipation.Builder::partnerIds,
                                EpisodeParticipation::partnerIds, 100));
    }

    static final ObjectFormat<ReachReport.Builder, ReachReport> REACH_REPORT = ReachReportFormat.FORMAT;

    private static final class ReachReportFormat {
        static final ObjectFormat<ReachReport.Builder, ReachReport> FORMAT = new ObjectFormat<>(
                ReachReport.class, ReachReport::builder, ReachReport.Builder::build,
                required("programId", STRING, ReachReport.Builder::programId, ReachReport::programId),
                list("partnerGroups", PartnerGroupFormat.FORMAT, ReachReport.Builder::partnerGroups,
                        ReachReport::partnerGroups, 100),
                list("provincesReached", Codecs.PROVINCE, ReachReport.Builder::provincesReached,
                        ReachReport::provincesReached, 38),
                list("provincesNotReached", Codecs.PROVINCE, ReachReport.Builder::provincesNotReached,
                        ReachReport::provincesNotReached, 38),
                list("episodes", EpisodeParticipationFormat.FORMAT, ReachReport.Builder::episodes,
                        ReachReport::episodes, 10_000));
    }

    /** Every object type of the format. */
    static final List<ObjectFormat<?, ?>> ALL = List.of(BILINGUAL_TEXT, ORGANIZATION, PERSON, SPEAKER, QUOTE,
            RECORDING, EPISODE, PARTNER, PROGRAM, PLACE, EVENT_RELATION, EVENT, COMMENTARY, COVERAGE, DOSSIER,
            PARTNER_GROUP, EPISODE_PARTICIPATION, REACH_REPORT);

    /**
     * The formats in the order of {@link #ALL}, each created on first use: a reader of episodes
     * creates the formats of an episode and of the values inside it, not those of dossiers or
     * reach reports (their properties' accessors are most of the library's own start-up cost).
     * Using this class does not initialise {@code Formats} itself, whose constants create every
     * format.
     */
    static final class Lazily {

        /** The model types of {@link Formats#ALL}, in its order, known without creating any format. */
        static final List<Class<?>> TYPES = List.of(BilingualText.class, Organization.class, Person.class,
                Speaker.class, Quote.class, Recording.class, Episode.class, Partner.class, Program.class,
                Place.class, EventRelation.class, Event.class, Commentary.class, Coverage.class, Dossier.class,
                PartnerGroup.class, EpisodeParticipation.class, ReachReport.class);

        private Lazily() {
        }

        /**
         * @param index a position in {@link #TYPES}
         * @return the format of the type at that position, created now if it was not yet
         */
        static ObjectFormat<?, ?> format(int index) {
            switch (index) {
                case 0:
                    return BilingualTextFormat.FORMAT;
                case 1:
                    return OrganizationFormat.FORMAT;
                case 2:
                    return PersonFormat.FORMAT;
                case 3:
                    return SpeakerFormat.FORMAT;
                case 4:
                    return QuoteFormat.FORMAT;
                case 5:
                    return RecordingFormat.FORMAT;
                case 6:
                    return EpisodeFormat.FORMAT;
                case 7:
                    return PartnerFormat.FORMAT;
                case 8:
                    return ProgramFormat.FORMAT;
                case 9:
                    return PlaceFormat.FORMAT;
                case 10:
                    return EventRelationFormat.FORMAT;
                case 11:
                    return EventFormat.FORMAT;
                case 12:
                    return CommentaryFormat.FORMAT;
                case 13:
                    return CoverageFormat.FORMAT;
                case 14:
                    return DossierFormat.FORMAT;
                case 15:
                    return PartnerGroupFormat.FORMAT;
                case 16:
                    return EpisodeParticipationFormat.FORMAT;
                case 17:
                    return ReachReportFormat.FORMAT;
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }
    }
}
