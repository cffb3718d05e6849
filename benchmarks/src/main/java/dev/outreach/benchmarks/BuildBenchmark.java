package dev.outreach.benchmarks;

import dev.outreach.benchmarks.pojo.Form;
import dev.outreach.benchmarks.pojo.OrgKind;
import dev.outreach.benchmarks.pojo.Role;
import dev.outreach.benchmarks.records.EpisodeRecord;
import dev.outreach.benchmarks.records.OrganizationRecord;
import dev.outreach.benchmarks.records.PersonRecord;
import dev.outreach.benchmarks.records.QuoteRecord;
import dev.outreach.benchmarks.records.RecordValidation;
import dev.outreach.benchmarks.records.SpeakerRecord;
import dev.outreach.benchmarks.records.TextRecord;
import dev.outreach.core.BilingualText;
import dev.outreach.core.Episode;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.Moment;
import dev.outreach.core.Organization;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.Person;
import dev.outreach.core.Quote;
import dev.outreach.core.Speaker;
import dev.outreach.core.SpeakerRole;
import dev.outreach.samples.KemluSpace;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Building the article's episode in Java through the model's builders, each value validated in
 * its build(), as {@code KemluSpace.roadToWcce()} does; against constructing the same records
 * and validating the whole with Hibernate Validator. The texts come from the benchmark's state
 * so that nothing can be folded into constants.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BuildBenchmark {

    String quote1;
    String quote2;
    int number;

    /** Takes the article's quotes from the reference content. */
    @Setup
    public void setUp() {
        Episode article = KemluSpace.roadToWcce();
        quote1 = article.quotes().get(0).text().indonesian().orElseThrow();
        quote2 = article.quotes().get(1).text().indonesian().orElseThrow();
        number = article.number();
    }

    /** @return the article's episode, built and validated through the builders */
    @Benchmark
    public Episode buildModel() {
        Organization kemlu = Organization.builder()
                .id("kemlu")
                .name(BilingualText.of("Kementerian Luar Negeri", "Ministry of Foreign Affairs"))
                .acronym("Kemlu")
                .kind(OrganizationKind.MINISTRY)
                .build();
        Organization kemenparekraf = Organization.builder()
                .id("kemenparekraf")
                .name(BilingualText.of("Kementerian Pariwisata dan Ekonomi Kreatif",
                        "Ministry of Tourism and Creative Economy"))
                .acronym("Kemenparekraf")
                .kind(OrganizationKind.MINISTRY)
                .build();
        Person antonius = Person.builder()
                .id("antonius-yudi-triantoro")
                .name("Antonius Yudi Triantoro")
                .jobTitle(BilingualText.indonesian(
                        "Direktur Perdagangan, Perindustrian, Komoditas, dan Kekayaan Intelektual"))
                .affiliation(kemlu)
                .build();
        Person neil = Person.builder()
                .id("muhammad-neil-el-himam")
                .name("Muhammad Neil El Himam")
                .jobTitle(BilingualText.indonesian("Deputi Ekonomi Digital dan Produk Kreatif"))
                .affiliation(kemenparekraf)
                .build();
        return Episode.builder()
                .id("road-to-wcce")
                .number(number)
                .title(BilingualText.of("Road to WCCE", "Road to WCCE"))
                .aired(Moment.ofDate(2022, 10, 4))
                .addSpeaker(Speaker.of(antonius, SpeakerRole.GUEST))
                .addSpeaker(Speaker.of(neil, SpeakerRole.GUEST))
                .addQuote(Quote.builder()
                        .speakerId("antonius-yudi-triantoro")
                        .text(BilingualText.indonesian(quote1))
                        .language(LanguageTag.INDONESIAN)
                        .build())
                .addQuote(Quote.builder()
                        .speakerId("muhammad-neil-el-himam")
                        .text(BilingualText.indonesian(quote2))
                        .language(LanguageTag.INDONESIAN)
                        .build())
                .addPartnerId("kemenparekraf")
                .addEventId("wcce-2022")
                .build();
    }

    /** @return the same episode as records, validated as a whole afterwards (baseline) */
    @Benchmark
    public EpisodeRecord buildRecordsValidated() {
        OrganizationRecord kemlu = new OrganizationRecord("kemlu",
                new TextRecord("Kementerian Luar Negeri", "Ministry of Foreign Affairs"), "Kemlu",
                OrgKind.MINISTRY, null, null, null);
        OrganizationRecord kemenparekraf = new OrganizationRecord("kemenparekraf",
                new TextRecord("Kementerian Pariwisata dan Ekonomi Kreatif", "Ministry of Tourism and Creative Economy"),
                "Kemenparekraf", OrgKind.MINISTRY, null, null, null);
        PersonRecord antonius = new PersonRecord("antonius-yudi-triantoro", "Antonius Yudi Triantoro", null,
                new TextRecord("Direktur Perdagangan, Perindustrian, Komoditas, dan Kekayaan Intelektual", null),
                kemlu);
        PersonRecord neil = new PersonRecord("muhammad-neil-el-himam", "Muhammad Neil El Himam", null,
                new TextRecord("Deputi Ekonomi Digital dan Produk Kreatif", null), kemenparekraf);
        return RecordValidation.valid(new EpisodeRecord("road-to-wcce", number,
                new TextRecord("Road to WCCE", "Road to WCCE"), null, "2022-10-04", null, null, null,
                List.of(new SpeakerRecord(antonius, Role.GUEST), new SpeakerRecord(neil, Role.GUEST)),
                List.of(new QuoteRecord("antonius-yudi-triantoro", new TextRecord(quote1, null), "id", null, null, null),
                        new QuoteRecord("muhammad-neil-el-himam", new TextRecord(quote2, null), "id", null, null, null)),
                List.of("kemenparekraf"), List.of("wcce-2022")));
    }
}
