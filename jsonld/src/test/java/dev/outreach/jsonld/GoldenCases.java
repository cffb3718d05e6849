package dev.outreach.jsonld;

import static dev.outreach.jsonld.Fixtures.JSONLD;

import dev.outreach.core.BilingualText;
import dev.outreach.core.CountryCode;
import dev.outreach.core.Coverage;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.Organization;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.Partner;
import dev.outreach.core.PartnerRole;
import dev.outreach.core.Person;
import dev.outreach.core.Platform;
import dev.outreach.core.Program;
import dev.outreach.core.Quote;
import dev.outreach.core.QuoteForm;
import dev.outreach.core.Speaker;
import dev.outreach.core.SpeakerRole;
import dev.outreach.samples.KemluSpace;
import dev.outreach.samples.KemluSpaceTokyo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The documents whose printed text is kept in {@code golden/}, byte for byte as the writer
 * printed them when it still built Jackson trees: the article's documents, the rich content, and
 * content full of strings that try to break out of a script element or JSON's grammar.
 */
final class GoldenCases {

    /** Texts the model accepts that a printer must escape, or must leave alone. */
    static final List<String> HOSTILE = List.of(
            "</script><script>alert(document.domain)</script><!--",
            "<!-- <script> Kemlu & \"mitra\" </SCRIPT >",
            "]]> </ScRiPt > &lt;b&gt; &amp;",
            "\"quoted\" back\\slash \\u003C /solidus/ \\\" {\"@id\": 1}",
            "Kemlu 🇮🇩 😀 👩‍💻 وزارة الخارجية 外務省 Ünïcödé a\u00a0b \u200b\ufeff\ufffd");

    private GoldenCases() {
    }

    /** @return each golden file's name and the text the writer prints for it */
    static Map<String, Supplier<String>> documents() {
        Map<String, Supplier<String>> documents = new LinkedHashMap<>();
        documents.put("article-dossier", () -> JSONLD.writeString(KemluSpace.dossier()));
        documents.put("article-program", () -> JSONLD.program(KemluSpace.program()));
        documents.put("article-episode", () -> JSONLD.episode(KemluSpace.roadToWcce(), KemluSpace.program()));
        documents.put("article-episode-alone", () -> JSONLD.episode(KemluSpace.roadToWcce()));
        documents.put("article-event", () -> JSONLD.event(KemluSpace.wcce(), KemluSpace.dossier()));
        documents.put("article-event-alone", () -> JSONLD.event(KemluSpace.wcce()));
        documents.put("article-coverage", () -> JSONLD.coverage(KemluSpace.coverage(), KemluSpace.dossier()));
        documents.put("article-script-element", () -> JSONLD.scriptElement(KemluSpace.dossier()));
        documents.put("tokyo-dossier", () -> JSONLD.dossier(KemluSpaceTokyo.dossier()));
        documents.put("tokyo-episode",
                () -> JSONLD.episode(KemluSpaceTokyo.aseanJapan(), KemluSpaceTokyo.program()));
        documents.put("tokyo-script-element", () -> JSONLD.scriptElement(KemluSpaceTokyo.dossier()));
        documents.put("rich-dossier", () -> JSONLD.dossier(RichContent.dossier()));
        documents.put("rich-online-event", () -> JSONLD.event(RichContent.onlineEvent(), RichContent.dossier()));
        documents.put("rich-mixed-event", () -> JSONLD.event(RichContent.mixedEvent()));
        documents.put("rich-coverage", () -> JSONLD.coverage(RichContent.coverage(), RichContent.dossier()));
        documents.put("rich-episode-alone", () -> JSONLD.episode(RichContent.episode()));
        documents.put("recorded-episode", () -> JSONLD.episode(RichContent.recordedEpisode()));
        documents.put("recorded-episode-with-duration", () -> JSONLD.episode(RichContent.episodeWithDuration()));
        documents.put("mission-program", () -> JSONLD.program(missionProgram()));
        documents.put("every-kind-program", () -> JSONLD.program(everyKindProgram()));
        documents.put("multilingual-episode", () -> JSONLD.episode(MultilingualContent.episode()));
        for (int i = 0; i < HOSTILE.size(); i++) {
            Program program = hostileProgram(HOSTILE.get(i));
            documents.put("hostile-program-" + i, () -> JSONLD.writeString(program));
            documents.put("hostile-script-element-" + i, () -> JSONLD.scriptElement(program));
            Dossier dossier = Dossier.builder().addProgram(program).addCoverage(hostileCoverage(HOSTILE.get(i)))
                    .build();
            documents.put("hostile-coverage-" + i, () -> JSONLD.coverage(dossier.coverage().get(0), dossier));
        }
        return documents;
    }

    /** A program whose every free text, names and acronyms included, is the hostile text. */
    static Program hostileProgram(String text) {
        Program article = KemluSpace.program();
        // One organization for one identifier: the organizer is the speaker's hostile-named employer.
        Organization organizer = article.organizer().withAcronym(upTo(text, 32));
        Person speaker = Person.builder().id("hostile-speaker").name(text).honorificPrefix(upTo(text, 32))
                .jobTitle(BilingualText.of(text, text)).affiliation(organizer).build();
        Episode episode = Episode.builder().id("road-to-wcce").number(1).title(BilingualText.of(text, "Road to WCCE"))
                .description(BilingualText.of(text + "\n" + text, "Line one\nline two"))
                .addSpeaker(Speaker.of(speaker, SpeakerRole.GUEST))
                .addQuote(Quote.builder().speakerId("hostile-speaker").text(BilingualText.indonesian(text))
                        .language(LanguageTag.INDONESIAN).form(QuoteForm.VERBATIM).build())
                .build();
        return Program.builder().id(article.id()).name(BilingualText.of(text, "Kemlu Space"))
                .description(BilingualText.english(text))
                .organizer(organizer).platform(article.platform()).addEpisode(episode).build();
    }

    /**
     * A program with an embassy under the ministry as its partner: the ministry's spokesperson
     * hosts, a guest from the embassy speaks, an interpreter renders what is said.
     */
    static Program missionProgram() {
        Organization kemlu = KemluSpace.kemlu();
        Organization kbriTokyo = Organization.builder().id("kbri-tokyo")
                .name(BilingualText.of("Kedutaan Besar Republik Indonesia di Tokyo",
                        "Embassy of the Republic of Indonesia in Tokyo"))
                .acronym("KBRI Tokyo").kind(OrganizationKind.DIPLOMATIC_MISSION).hostCountry(CountryCode.of("JP"))
                .parentOrganization(kemlu).build();
        Person spokesperson = Person.builder().id("juru-bicara").name("Juru Bicara").affiliation(kemlu).build();
        Person guest = Person.builder().id("tamu-kbri").name("Tamu KBRI").affiliation(kbriTokyo).build();
        Person interpreter = Person.builder().id("penerjemah").name("Penerjemah").build();
        Episode episode = Episode.builder().id("dari-tokyo").number(2).title(BilingualText.of("Dari Tokyo", "From Tokyo"))
                .addSpeaker(Speaker.of(spokesperson, SpeakerRole.SPOKESPERSON))
                .addSpeaker(Speaker.of(guest, SpeakerRole.GUEST))
                .addSpeaker(Speaker.of(interpreter, SpeakerRole.INTERPRETER))
                .addPartnerIds("kbri-tokyo").build();
        return Program.builder().id("kemlu-space").name(BilingualText.of("Kemlu Space", "Kemlu Space"))
                .organizer(kemlu).platform(Platform.X_SPACES)
                .addPartner(Partner.of(kbriTokyo, PartnerRole.CO_HOST)).addEpisode(episode).build();
    }

    /** A program with one partner of each kind of organization, each with its schema.org type. */
    static Program everyKindProgram() {
        Program.Builder program = Program.builder().id("every-kind").name(BilingualText.english("Every kind"))
                .organizer(KemluSpace.kemlu()).platform(Platform.X_SPACES);
        for (OrganizationKind kind : OrganizationKind.values()) {
            Organization.Builder partner = Organization.builder().id("partner-" + kind.code())
                    .name(BilingualText.english("Partner " + kind.code())).kind(kind);
            if (kind == OrganizationKind.DIPLOMATIC_MISSION) {
                partner.hostCountry(CountryCode.of("SA"));
            }
            program.addPartner(Partner.of(partner.build(), PartnerRole.SUPPORTER));
        }
        return program.build();
    }

    /** @return the text's first code points, as many as a shorter property takes */
    static String upTo(String text, int codePoints) {
        return text.codePoints().limit(codePoints).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString().strip();
    }

    /** A news article whose outlet, byline, dateline and headline are the hostile text. */
    static Coverage hostileCoverage(String text) {
        return Coverage.builder().outlet(text).byline(text).dateline(text).headline(BilingualText.of(text, text))
                .language(LanguageTag.INDONESIAN).addAbout("kemlu-space", "road-to-wcce").build();
    }
}
