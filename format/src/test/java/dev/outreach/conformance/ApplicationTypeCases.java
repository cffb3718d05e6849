package dev.outreach.conformance;

import static dev.outreach.conformance.Reads.lines;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.BilingualText;
import dev.outreach.core.CountryCode;
import dev.outreach.core.Episode;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.Moment;
import dev.outreach.core.Platform;
import dev.outreach.core.Program;
import dev.outreach.core.SpeakerRole;
import dev.outreach.core.Subdivision;
import dev.outreach.core.Violation;
import dev.outreach.format.OutreachFormat;
import dev.outreach.samples.KemluSpace;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What both Jackson modules must do alike where Outreach values meet an application's own
 * types and Jackson's conventions: the same {@code OutreachJson} methods, value types as map
 * keys, values in polymorphic containers under default typing, the model described to schema
 * visitors, and a value written as a document read back inside an application's object. Run
 * against each module by a subclass that names its {@link ModuleCodec}.
 */
public abstract class ApplicationTypeCases {

    private static final Type LIST_OF_EPISODES = new TypeRef<List<Episode>>() { }.type();
    private static final Type LANGUAGE_KEYS = new TypeRef<Map<LanguageTag, String>>() { }.type();
    private static final Type COUNTRY_KEYS = new TypeRef<Map<CountryCode, Integer>>() { }.type();
    private static final Type SUBDIVISION_KEYS = new TypeRef<Map<Subdivision, String>>() { }.type();
    private static final Type MOMENT_KEYS = new TypeRef<Map<Moment, String>>() { }.type();
    private static final Type PLATFORM_KEYS = new TypeRef<Map<Platform, String>>() { }.type();
    private static final Type ANYTHING_BY_NAME = new TypeRef<Map<String, Object>>() { }.type();
    private static final Type LISTS_OF_LANGUAGE_KEYS = new TypeRef<Map<String, Map<LanguageTag, String>>>() { }.type();

    /** @return the module under test */
    protected abstract ModuleCodec codec();

    // ---- the same API in both modules -------------------------------------------------------

    @Test
    void outreachJsonOffersTheSameMethodsInBothModules() {
        List<String> methods = Arrays.stream(codec().outreachJson().getMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == codec().outreachJson())
                .map(ApplicationTypeCases::signature)
                .sorted()
                .collect(Collectors.toList());
        assertThat(methods).containsExactly(
                "harden(MapperBuilder, boolean): MapperBuilder",
                "hardenedBuilder(boolean): Builder",
                "hardenedFactory(): JsonFactory",
                "hardenedMapper(): JsonMapper",
                "hardenedMapper(boolean): JsonMapper",
                "hardenedYamlFactory(): YAMLFactory",
                "hardenedYamlMapper(): YAMLMapper",
                "hardenedYamlMapper(boolean): YAMLMapper",
                "readLimits(): StreamReadConstraints",
                "schema(): String");
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")")) + ": " + method.getReturnType().getSimpleName();
    }

    @Test
    void theReadLimitsAreTheHardenedMappersOwn() throws Exception {
        Object limits = codec().outreachJson().getMethod("readLimits").invoke(null);
        assertThat(limits.getClass().getMethod("getMaxStringLength").invoke(limits)).isEqualTo(100_000);
        assertThat(limits.getClass().getMethod("getMaxNestingDepth").invoke(limits)).isEqualTo(64);
        assertThat(limits.getClass().getMethod("getMaxNumberLength").invoke(limits)).isEqualTo(32);
        assertThat(limits.getClass().getMethod("getMaxNameLength").invoke(limits)).isEqualTo(256);
    }

    @Test
    void theHardenedBuilderHasTheLimitsAndRejectsUnknownProperties() {
        // Through defaultTyping, which starts from OutreachJson.hardenedBuilder(false).
        String title = "{\"name\":\"" + "a".repeat(100_001) + "\",\"value\":null}";
        Throwable tooLong = Reads.thrown(() -> codec().defaultTyping(false).read(title.getBytes(UTF_8),
                ApplicationTypes.Holder.class));
        assertThat(codec().isLimitException(tooLong) || codec().isLimitException(tooLong.getCause()))
                .as("%s", tooLong).isTrue();
        Throwable unknown = Reads.thrown(() -> codec().defaultTyping(false).read(
                "{\"name\":\"a\",\"other\":1}".getBytes(UTF_8), ApplicationTypes.Holder.class));
        assertThat(codec().isJacksonException(unknown)).as("%s", unknown).isTrue();
        assertThat(unknown.getMessage()).contains("other");
    }

    // ---- map keys ---------------------------------------------------------------------------

    @Test
    void valueTypesAreMapKeysWrittenAsTheirValuesAreAndReadBack() throws Exception {
        Map<LanguageTag, String> languages = new LinkedHashMap<>();
        languages.put(LanguageTag.INDONESIAN, "Jalan menuju WCCE");
        languages.put(LanguageTag.of("zh-Hant-TW"), "\u901a\u5f80");
        assertRoundTrip(languages, LANGUAGE_KEYS, "{\"id\":\"Jalan menuju WCCE\",\"zh-Hant-TW\":\"\u901a\u5f80\"}");
        assertRoundTrip(Map.of(CountryCode.INDONESIA, 38), COUNTRY_KEYS, "{\"ID\":38}");
        assertRoundTrip(Map.of(Subdivision.of("ID-BA"), "Bali"), SUBDIVISION_KEYS, "{\"ID-BA\":\"Bali\"}");
        assertRoundTrip(Map.of(Moment.ofDate(2022, 10, 4), "aired"), MOMENT_KEYS, "{\"2022-10-04\":\"aired\"}");
        assertRoundTrip(Map.of(Platform.X_SPACES, "Kemlu Space"), PLATFORM_KEYS,
                "{\"" + Platform.X_SPACES.code() + "\":\"Kemlu Space\"}");
        // The key's text is the value's.
        for (Object value : List.of(LanguageTag.of("zh-Hant-TW"), CountryCode.INDONESIA, Subdivision.of("ID-BA"),
                Moment.ofDate(2022, 10, 4), Platform.X_SPACES, SpeakerRole.GUEST)) {
            String text = new String(codec().hardened().write(value), UTF_8);
            Map<Object, Integer> keyed = Map.of(value, 1);
            assertThat(new String(codec().hardened().write(keyed), UTF_8)).as("%s", value)
                    .isEqualTo("{" + text + ":1}");
        }
    }

    private static Map<Object, Object> map(Object key, Object value) {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }

    private void assertRoundTrip(Map<?, ?> map, Type type, String json) throws Exception {
        for (ModuleCodec.Mapper mapper : List.of(codec().hardened(), codec().fresh())) {
            byte[] written = mapper.write(map, type);
            assertThat(new String(written, UTF_8)).isEqualTo(json);
            assertThat(mapper.read(written, type)).isEqualTo(map);
        }
    }

    @Test
    void anOldIndonesianTagAsAKeyIsReadAsTheValueIs() throws Exception {
        assertThat(codec().hardened().read("{\"in\":\"a\"}".getBytes(UTF_8), LANGUAGE_KEYS))
                .isEqualTo(map(LanguageTag.INDONESIAN, "a"));
    }

    @Test
    void aBadKeyIsRejectedAtItsPointerInEnglishAndIndonesian() {
        byte[] document = "{\"titles\":{\"id\":\"a\",\"not a tag\":\"b\"}}".getBytes(UTF_8);
        List<Violation> violations = rejected(document, LISTS_OF_LANGUAGE_KEYS);
        assertThat(lines(violations, Locale.ENGLISH))
                .containsExactly("/titles/not a tag: must be a well-formed BCP 47 language tag");
        assertThat(lines(violations, Locale.forLanguageTag("id")))
                .containsExactly("/titles/not a tag: harus berupa tag bahasa BCP 47 yang benar");
        assertThat(lines(rejected("{\"ID-PP\":\"Papua\"}".getBytes(UTF_8), SUBDIVISION_KEYS), Locale.ENGLISH))
                .hasSize(1).first().asString().startsWith("/ID-PP: ");
        assertThat(lines(rejected("{\"meet\":\"x\"}".getBytes(UTF_8), PLATFORM_KEYS), Locale.ENGLISH))
                .containsExactly("/meet: is not a known code");
        assertThat(lines(rejected("{\"4 Oktober\":\"x\"}".getBytes(UTF_8), MOMENT_KEYS), Locale.ENGLISH))
                .containsExactly("/4 Oktober: must be an ISO 8601 date (2022-10-04) or date-time with offset "
                        + "(2022-10-04T19:00+07:00)");
    }

    @Test
    void aBadKeyWithControlCharactersIsNeverEchoedRaw() {
        byte[] document = "{\"\\u001b[31mx\\u0007\":\"a\"}".getBytes(UTF_8);
        List<Violation> violations = codec().violations(Reads.thrown(() -> codec().fresh().read(document, COUNTRY_KEYS)));
        String line = lines(violations, Locale.ENGLISH).get(0);
        assertThat(line).isEqualTo("/\\u001B[31mx\\u0007: must be an ISO 3166-1 alpha-2 country code");
        assertThat(line.chars().filter(Character::isISOControl)).isEmpty();
        assertThat(violations.get(0).segments()).containsExactly("\u001b[31mx\u0007");
    }

    private List<Violation> rejected(byte[] document, Type type) {
        Throwable thrown = Reads.thrown(() -> codec().hardened().read(document, type));
        List<Violation> violations = codec().violations(thrown);
        assertThat(violations).as("%s", thrown).isNotNull().isNotEmpty();
        return violations;
    }

    // ---- default typing ---------------------------------------------------------------------

    @Test
    void aListOfEpisodesRoundTripsWithDefaultTyping() throws Exception {
        List<Episode> episodes = new ArrayList<>(List.of(KemluSpace.roadToWcce(), episode(2)));
        for (boolean asProperty : List.of(false, true)) {
            ModuleCodec.Mapper typed = codec().defaultTyping(asProperty);
            byte[] declared = typed.write(episodes, LIST_OF_EPISODES);
            assertThat(typed.read(declared, LIST_OF_EPISODES)).as("as property: %s", asProperty).isEqualTo(episodes);
            // Written as its runtime type, each entry carries its type id.
            byte[] runtime = typed.write(episodes);
            assertThat(new String(runtime, UTF_8)).contains("[\"dev.outreach.core.Episode\",{\"id\":\"road-to-wcce\"");
            assertThat(typed.read(runtime, Object.class)).as("as property: %s", asProperty).isEqualTo(episodes);
        }
    }

    @Test
    void aMapOfAnythingHoldingAProgramRoundTripsWithDefaultTyping() throws Exception {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("program", KemluSpace.program());
        page.put("language", LanguageTag.INDONESIAN);
        page.put("platform", Platform.X_SPACES);
        page.put("count", 1);
        for (boolean asProperty : List.of(false, true)) {
            ModuleCodec.Mapper typed = codec().defaultTyping(asProperty);
            byte[] written = typed.write(page, ANYTHING_BY_NAME);
            assertThat(new String(written, UTF_8)).contains("\"language\":[\"dev.outreach.core.LanguageTag\",\"id\"]");
            assertThat(typed.read(written, ANYTHING_BY_NAME)).as("as property: %s", asProperty).isEqualTo(page);
        }
    }

    @Test
    void aPojoWithAnObjectPropertyRoundTripsWithDefaultTyping() throws Exception {
        for (Object value : List.of(KemluSpace.roadToWcce(), KemluSpace.program(), Subdivision.of("ID-BA"))) {
            ApplicationTypes.Holder holder = new ApplicationTypes.Holder();
            holder.name = "feature";
            holder.value = value;
            for (boolean asProperty : List.of(false, true)) {
                ModuleCodec.Mapper typed = codec().defaultTyping(asProperty);
                byte[] written = typed.write(holder);
                assertThat(typed.read(written, ApplicationTypes.Holder.class)).as("%s", value).isEqualTo(holder);
            }
        }
    }

    @Test
    void aBadValueUnderDefaultTypingIsRejectedAtItsPointer() {
        byte[] document = ("{\"name\":\"a\",\"value\":[\"dev.outreach.core.Episode\","
                + "{\"id\":\"e\",\"number\":0,\"title\":{\"en\":\"T\"}}]}").getBytes(UTF_8);
        Throwable thrown = Reads.thrown(() -> codec().defaultTyping(false).read(document, ApplicationTypes.Holder.class));
        assertThat(lines(codec().violations(thrown), Locale.ENGLISH)).containsExactly("/value/1/number: must be 1 or more");
    }

    private static Episode episode(int number) {
        return Episode.builder().id("episode-" + number).number(number)
                .title(BilingualText.english("Episode " + number)).build();
    }

    // ---- schema visitors --------------------------------------------------------------------

    @Test
    void schemaVisitorsSeeEveryObjectTypeWithItsProperties() throws Exception {
        for (OutreachFormat<?> format : OutreachFormat.all()) {
            Map<String, Object> schema = codec().schemaOf(format.type(), false);
            if (format.isObject()) {
                assertThat(schema.get("type")).as(format.type().getSimpleName()).isEqualTo("object");
                assertThat(Trees.map(schema.get("properties")).keySet()).as(format.type().getSimpleName())
                        .containsExactlyElementsOf(format.propertyNames());
                assertThat(schema.get("required")).as(format.type().getSimpleName())
                        .isEqualTo(format.requiredPropertyNames());
                for (String list : format.listPropertyNames()) {
                    assertThat(Trees.map(Trees.map(schema.get("properties")).get(list)).get("type"))
                            .as(format.type().getSimpleName() + "." + list).isEqualTo("array");
                }
            } else {
                assertThat(schema.get("type")).as(format.type().getSimpleName()).isEqualTo("string");
            }
        }
    }

    @Test
    void schemaVisitorsSeeAnEpisodeAsTheFormatWritesIt() throws Exception {
        Map<String, Object> episode = codec().schemaOf(Episode.class, false);
        Map<String, Object> properties = Trees.map(episode.get("properties"));
        assertThat(properties.get("id")).isEqualTo(Map.of("type", "string"));
        assertThat(properties.get("number")).isEqualTo(Map.of("type", "integer", "numberType", "INT"));
        assertThat(properties.get("aired")).isEqualTo(Map.of("type", "string"));
        assertThat(properties.get("url")).isEqualTo(Map.of("type", "string", "format", "uri"));
        assertThat(properties.get("platform")).isEqualTo(Map.of("type", "string", "enum",
                Arrays.stream(Platform.values()).map(Platform::code).collect(Collectors.toList())));
        assertThat(properties.get("title")).isEqualTo(Map.of("type", "object", "required", List.of(),
                "properties", Map.of("id", Map.of("type", "string"), "en", Map.of("type", "string"))));
        assertThat(properties.get("partnerIds")).isEqualTo(Map.of("type", "array", "items", Map.of("type", "string")));
        Map<String, Object> speaker = Trees.map(Trees.map(properties.get("speakers")).get("items"));
        assertThat(speaker.get("required")).isEqualTo(List.of("person", "role"));
        assertThat(Trees.map(Trees.map(speaker.get("properties")).get("person")).get("type")).isEqualTo("object");
        assertThat(episode.get("required")).isEqualTo(List.of("id", "number", "title"));
    }

    @Test
    void schemaVisitorsSeeAListOfEpisodesAndAReportsProvincesAsObjects() throws Exception {
        Map<String, Object> list = codec().schemaOf(LIST_OF_EPISODES, false);
        assertThat(list.get("type")).isEqualTo("array");
        assertThat(Trees.map(list.get("items"))).isEqualTo(codec().schemaOf(Episode.class, false));
        Map<String, Object> report = Trees.map(codec().schemaOf(dev.outreach.core.ReachReport.class, false).get("properties"));
        assertThat(Trees.map(report.get("provincesReached")).get("items")).isEqualTo(Map.of("type", "object",
                "required", List.of("code"),
                "properties", Map.of("code", Map.of("type", "string"), "name", Map.of("type", "string"))));
        assertThat(codec().schemaOf(LanguageTag.class, false)).isEqualTo(Map.of("type", "string"));
    }

    @Test
    void aVisitorThatWantsNoDetailsIsGivenNone() throws Exception {
        Map<String, Object> properties = Trees.map(codec().schemaOf(Episode.class, true).get("properties"));
        assertThat(properties.get("number")).isEqualTo(Map.of("type", "integer"));
        assertThat(properties.get("url")).isEqualTo(Map.of("type", "string"));
        assertThat(properties.get("platform")).isEqualTo(Map.of("type", "string"));
        assertThat(properties.get("title")).isEqualTo(Map.of("type", "object"));
        assertThat(properties.get("speakers")).isEqualTo(Map.of("type", "array"));
        assertThat(codec().schemaOf(LIST_OF_EPISODES, true)).isEqualTo(Map.of("type", "array"));
        assertThat(codec().schemaOf(Platform.class, true)).isEqualTo(Map.of("type", "string"));
    }

    @Test
    void anObjectTypeIsNoMapKey() {
        Throwable thrown = Reads.thrown(() -> codec().fresh().read("{\"e\":\"x\"}".getBytes(UTF_8),
                new TypeRef<Map<Episode, String>>() { }.type()));
        assertThat(codec().isJacksonException(thrown)).as("%s", thrown).isTrue();
        assertThat(thrown.getMessage()).contains("Key deserializer");
    }

    // ---- the format version marker at the top of a value an application holds --------------

    @Test
    void aValueWrittenAsADocumentIsReadBackInsideAnApplicationsObject() throws Exception {
        Episode episode = KemluSpace.roadToWcce();
        String document = new String(codec().writeJson(episode), UTF_8);
        assertThat(document).startsWith("{\"outreachFormat\":\"1.1\",");
        String program = new String(codec().writeJson(KemluSpace.program()), UTF_8);
        String feature = "{\"episode\":" + document + ",\"episodes\":[" + document + "," + document + "],"
                + "\"program\":" + program + ",\"titles\":{\"id\":\"Jalan\"}}";
        ApplicationTypes.Feature read = (ApplicationTypes.Feature) codec().hardened().read(feature.getBytes(UTF_8),
                ApplicationTypes.Feature.class);
        assertThat(read.episode).isEqualTo(episode);
        assertThat(read.episodes).containsExactly(episode, episode);
        assertThat(read.program).isEqualTo(KemluSpace.program());
        assertThat(read.titles).isEqualTo(map(LanguageTag.INDONESIAN, "Jalan"));
        // And as an entry of a list, or a value of a map, read by the application's own mapper.
        String map = "{\"a\":" + document + "}";
        assertThat(codec().hardened().read(map.getBytes(UTF_8), new TypeRef<Map<String, Episode>>() { }.type()))
                .isEqualTo(Map.of("a", episode));
    }

    @Test
    void theMarkerAtTheTopOfAnApplicationsValueIsChecked() {
        String episode = "{\"outreachFormat\":\"2.0\",\"id\":\"e\",\"number\":1,\"title\":{\"en\":\"T\"}}";
        assertThat(lines(rejected(("{\"episode\":" + episode + "}").getBytes(UTF_8), ApplicationTypes.Feature.class),
                Locale.ENGLISH)).containsExactly("/episode/outreachFormat: names a format version this reader does not support");
        assertThat(lines(rejected(("{\"episodes\":[" + episode + "]}").getBytes(UTF_8), ApplicationTypes.Feature.class),
                Locale.forLanguageTag("id")))
                .containsExactly("/episodes/0/outreachFormat: menyebut versi format yang tidak didukung pembaca ini");
    }

    @Test
    void theMarkerInsideANestedValueIsStillRefused() {
        String program = "{\"id\":\"p\",\"name\":{\"en\":\"P\"},\"organizer\":{\"id\":\"o\",\"name\":{\"en\":\"O\"},"
                + "\"kind\":\"ministry\"},\"platform\":\"x-spaces\",\"episodes\":[{\"outreachFormat\":\"1.0\","
                + "\"id\":\"e\",\"number\":1,\"title\":{\"en\":\"T\"}}]}";
        List<Violation> violations = rejected(("{\"program\":" + program + "}").getBytes(UTF_8),
                ApplicationTypes.Feature.class);
        assertThat(lines(violations, Locale.ENGLISH))
                .containsExactly("/program/episodes/0/outreachFormat: is not a property of this object");
        assertThat(lines(violations, Locale.forLanguageTag("id")))
                .containsExactly("/program/episodes/0/outreachFormat: bukan properti objek ini");
    }
}
