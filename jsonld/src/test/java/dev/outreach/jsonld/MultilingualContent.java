package dev.outreach.jsonld;

import dev.outreach.core.BilingualText;
import dev.outreach.core.Episode;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.Organization;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.Person;
import dev.outreach.core.Quote;
import dev.outreach.core.QuoteForm;
import dev.outreach.core.Speaker;
import dev.outreach.core.SpeakerRole;
import dev.outreach.core.TextDirection;

/**
 * Content in languages beside Indonesian and English, made up to exercise the writer: a
 * Japanese official quoted in Japanese with translations, an Arabic quote (right to left), a
 * paraphrase, and names with a Japanese form beside them.
 */
final class MultilingualContent {

    static final LanguageTag JA = LanguageTag.of("ja");
    static final LanguageTag AR = LanguageTag.of("ar");

    private MultilingualContent() {
    }

    static Episode episode() {
        Organization embassy = Organization.builder().id("kbri-tokyo")
                .name(BilingualText.of("KBRI Tokyo", "Embassy of Indonesia in Tokyo").with(JA, "在日インドネシア共和国大使館"))
                .kind(OrganizationKind.MINISTRY).build();
        Person sato = Person.builder().id("kenji-sato").name("Kenji Sato")
                .jobTitle(BilingualText.english("Director").with(JA, "局長")).build();
        Person haddad = Person.builder().id("layla-haddad").name("Layla Haddad").affiliation(embassy).build();
        return Episode.builder().id("kemlu-space-tokyo").number(2)
                .title(BilingualText.both("Kemlu Space Tokyo").with(JA, "ケムル・スペース東京"))
                .addSpeaker(Speaker.of(sato, SpeakerRole.GUEST))
                .addSpeaker(Speaker.of(haddad, SpeakerRole.GUEST))
                .addQuote(Quote.builder().speakerId("kenji-sato")
                        .text(BilingualText.of("Ekonomi kreatif sangat penting bagi pemulihan global.",
                                "The creative economy is essential to the global recovery.")
                                .with(JA, "創造経済は世界の回復に欠かせません。"))
                        .language(JA).build())
                .addQuote(Quote.builder().speakerId("layla-haddad")
                        .text(BilingualText.inLanguage(AR, "نحن نعمل معا من أجل التعافي العالمي.")
                                .with(LanguageTag.INDONESIAN, "Kami bekerja sama demi pemulihan global."))
                        .language(AR).build())
                .addQuote(Quote.builder().speakerId("layla-haddad")
                        .text(BilingualText.indonesian("Kerja sama regional perlu diperluas.")
                                .with(AR, "Regional cooperation, transliterated").withDirection(AR, TextDirection.LTR))
                        .language(AR).form(QuoteForm.PARAPHRASE).build())
                .build();
    }
}
