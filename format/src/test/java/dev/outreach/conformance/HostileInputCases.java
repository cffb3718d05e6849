package dev.outreach.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.outreach.core.BilingualText;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.Organization;
import dev.outreach.core.Person;
import dev.outreach.core.Violation;
import dev.outreach.conformance.DocumentShape.Kind;
import dev.outreach.conformance.DocumentShape.Place;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input made to hurt the reader. Every read ends, in bounded time and memory, in one of two
 * documented ways, never in a {@link StackOverflowError}, an {@link OutOfMemoryError} or an
 * internal exception:
 *
 * <ul>
 *   <li>the module's {@code InvalidDocumentException} listing the violations with their JSON Pointers,
 *       whenever the input starts a value (the reader's own problems inside it, such as bad
 *       UTF-8, a size limit or a duplicate key, included: they are reported at the place the
 *       reader had reached);</li>
 *   <li>Jackson's own exception when the input is not a document at
 *       all, because Jackson fails before the module is asked to read: no content, a first
 *       token that is not JSON (garbage, bad UTF-8 or a byte-order mark given as a character
 *       of a {@code String}), a root number beyond the size limits, or content after the
 *       document.</li>
 * </ul>
 *
 * <p>Each case is read with the hardened mapper of the module's {@code OutreachJson} and, where
 * limits matter, also with an application's own mapper that registers the module (Jackson's
 * default limits). Run against each Jackson module by a subclass that names its
 * {@link ModuleCodec}. The time bounds guard against hangs only; they are not speed tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HostileInputCases {

    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    private static final String LIMIT = "outreach.document.limit";
    private static final String MALFORMED = "outreach.document.malformed";
    private static final String HARDENED = "hardened";

    /** @return the module under test */
    protected abstract ModuleCodec codec();

    Stream<Arguments> mappers() {
        return Stream.of(Arguments.of(HARDENED, codec().jsonStream()), Arguments.of("plain", codec().plainJsonStream()));
    }

    private ModuleCodec.StreamReader hardened() {
        return codec().jsonStream();
    }

    // ---- outcomes --------------------------------------------------------------------------

    /** Reads and expects the module's exception; returns its violations. */
    List<Violation> rejected(ModuleCodec.StreamReader mapper, InputStream input, Class<?> type) {
        Throwable thrown = read(mapper, input, type);
        List<Violation> violations = codec().violations(thrown);
        assertThat(violations).as("reading %s: %s", type.getSimpleName(), thrown).isNotNull().isNotEmpty();
        return violations;
    }

    List<Violation> rejected(ModuleCodec.StreamReader mapper, byte[] input, Class<?> type) {
        return rejected(mapper, new CountingInput(input), type);
    }

    List<Violation> rejected(ModuleCodec.StreamReader mapper, String input, Class<?> type) {
        return rejected(mapper, input.getBytes(UTF_8), type);
    }

    /** Reads input that is not a document and expects Jackson's own exception, not the module's. */
    Throwable notADocument(ModuleCodec.StreamReader mapper, byte[] input, Class<?> type) {
        Throwable thrown = read(mapper, new CountingInput(input), type);
        assertThat(codec().isJacksonException(thrown)).as("reading %s: %s", type.getSimpleName(), thrown).isTrue();
        return thrown;
    }

    /** Reads within the hang guard and returns what was thrown (failing if a value came back). */
    private static Throwable read(ModuleCodec.StreamReader mapper, InputStream input, Class<?> type) {
        return Reads.thrown(() -> mapper.read(input, type));
    }

    private static List<String> pointers(List<Violation> violations) {
        return violations.stream().map(Violation::pointer).collect(Collectors.toList());
    }

    private static List<String> keys(List<Violation> violations) {
        return violations.stream().map(Violation::messageKey).collect(Collectors.toList());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    // ---- nesting ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void nesting100000DeepStopsAtTheLimit(String name, ModuleCodec.StreamReader mapper) {
        int depth = 100_000;
        String arrays = "[".repeat(depth) + "]".repeat(depth);
        String objects = "{\"x\":".repeat(depth) + "1" + "}".repeat(depth);

        List<Violation> inUnknownProperty = rejected(mapper, "{\"id\":\"a\",\"name\":\"A\",\"x\":" + arrays + "}",
                Person.class);
        assertThat(pointers(inUnknownProperty).get(0)).isEqualTo("/x");
        assertThat(keys(inUnknownProperty)).endsWith(LIMIT);
        assertThat(inUnknownProperty.get(inUnknownProperty.size() - 1).pointer()).startsWith("/x/0/0/0/0");

        List<Violation> ofObjects = rejected(mapper, objects, Dossier.class);
        assertThat(pointers(ofObjects).get(0)).isEqualTo("/x");
        assertThat(keys(ofObjects)).endsWith(LIMIT);

        List<Violation> atTheRoot = rejected(mapper, arrays, Dossier.class);
        assertThat(atTheRoot.get(0).toString()).isEqualTo("/: must be an object");
        assertThat(keys(atTheRoot)).endsWith(LIMIT);

        List<Violation> inAList = rejected(mapper, "{\"programs\":" + arrays + "}", Dossier.class);
        assertThat(pointers(inAList).get(0)).isEqualTo("/programs/0");
        assertThat(keys(inAList)).endsWith(LIMIT);

        List<Violation> neverClosed = rejected(mapper, "{\"programs\":" + "[".repeat(depth), Dossier.class);
        assertThat(keys(neverClosed)).endsWith(LIMIT);
    }

    /** An organization with {@code parents} organizations above it, each the parent of the one before. */
    private static String organizationWithParents(int parents) {
        String one = "{\"id\":\"o%d\",\"name\":{\"id\":\"O\"},\"kind\":\"ministry\"";
        StringBuilder json = new StringBuilder();
        for (int i = 0; i <= parents; i++) {
            json.append(String.format(one, i)).append(i < parents ? ",\"parentOrganization\":" : "");
        }
        return json.append("}".repeat(parents + 1)).toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void parentsBeyondTheEighthAreReportedOnceWhereTheModelReportsThemAndNotRead(String name,
            ModuleCodec.StreamReader mapper) throws Exception {
        Organization eightAbove = (Organization) mapper.read(
                new CountingInput(bytes(organizationWithParents(Organization.MAX_PARENTS))), Organization.class);
        assertThat(eightAbove.parentOrganization().get().parentOrganization()).isPresent();

        for (int parents : new int[] {Organization.MAX_PARENTS + 1, 40}) {
            List<Violation> violations = rejected(mapper, organizationWithParents(parents), Organization.class);
            assertThat(violations).extracting(Violation::toString)
                    .containsExactly("/parentOrganization: must not have more than 8 organizations above it");
            assertThat(violations.get(0).message(new java.util.Locale("id")))
                    .isEqualTo("tidak boleh memiliki lebih dari 8 organisasi di atasnya");
        }
        List<Violation> inAnEvent = rejected(mapper, "{\"id\":\"e\",\"name\":{\"id\":\"E\"},\"organizers\":["
                + organizationWithParents(30) + "]}", Event.class);
        assertThat(pointers(inAnEvent)).containsExactly("/organizers/0/parentOrganization");
    }

    // ---- long strings ----------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void aFiftyMegabyteStringStopsAtTheLimitWithoutBeingReadWhole(String name, ModuleCodec.StreamReader mapper) {
        long fifty = 50L * 1024 * 1024;
        long limit = HARDENED.equals(name) ? 100_000 : codec().defaultMaxStringLength();
        CountingInput input = CountingInput.of("{\"id\":\"a\",\"name\":\"", fifty, 'a', "\"}");
        List<Violation> violations = rejected(mapper, input, Person.class);
        if (limit > fifty) {
            // Jackson 3's own default (100,000,000 characters) lets 50 MB through: the string is
            // read whole, and the model's rule refuses it.
            assertThat(violations).extracting(Violation::toString).containsExactly("/name: must be at most 128 characters long");
            return;
        }
        assertThat(violations).extracting(Violation::toString)
                .containsExactly("/name: exceeds a size limit of the reader (nesting depth, string or number length)");
        // The reader stops at its limit: the hardened one after 100,000 characters, Jackson 2's
        // default after 20,000,000; never after the whole 50 MB.
        assertThat(input.consumed()).isGreaterThan(limit).isLessThan(limit + 1024 * 1024);
    }

    @Test
    void aFiftyMegabyteStringInAnUnknownPropertyIsSkippedWithoutBeingHeld() {
        // Skipped values are streamed past without being buffered: the input is read to its end
        // and the property reported, or ignored by a mapper that ignores unknown properties.
        long fifty = 50L * 1024 * 1024;
        CountingInput input = CountingInput.of("{\"id\":\"a\",\"name\":\"A\",\"notes\":\"", fifty, 'a', "\"}");
        assertThat(rejected(hardened(), input, Person.class)).extracting(Violation::toString)
                .containsExactly("/notes: is not a property of this object");
        assertThat(input.consumed()).isEqualTo(input.length());

        CountingInput again = CountingInput.of("{\"id\":\"a\",\"name\":\"A\",\"notes\":\"", fifty, 'a', "\"}");
        Person person = assertTimeoutPreemptively(HANG_GUARD,
                () -> (Person) codec().jsonIgnoringUnknownProperties().read(again, Person.class));
        assertThat(person.name()).isEqualTo("A");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void longPropertyNamesStopAtTheLimit(String name, ModuleCodec.StreamReader mapper) {
        int length = HARDENED.equals(name) ? 256 + 1 : codec().defaultMaxNameLength() + 1;
        List<Violation> violations = rejected(mapper, "{\"id\":\"a\",\"" + "k".repeat(length) + "\":1}",
                Person.class);
        assertThat(keys(violations)).containsExactly(LIMIT);
    }

    // ---- long numbers ----------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void aNumberOfAMillionDigitsStopsAtTheLimit(String name, ModuleCodec.StreamReader mapper) {
        String million = "9".repeat(1_000_000);
        for (String number : List.of(million, "-" + million, "1." + million, "1e" + million, "0." + million + "e5")) {
            List<Violation> violations = rejected(mapper,
                    "{\"id\":\"e\",\"number\":" + number + ",\"title\":{\"en\":\"x\"}}", Episode.class);
            assertThat(violations).extracting(Violation::toString).as(number.substring(0, 5))
                    .containsExactly("/number: exceeds a size limit of the reader (nesting depth, string or number length)");
        }
        List<Violation> inAnUnknownProperty = rejected(mapper, "{\"id\":\"a\",\"name\":\"A\",\"age\":" + million + "}",
                Person.class);
        assertThat(keys(inAnUnknownProperty)).containsExactly(LIMIT);
        assertThat(pointers(inAnUnknownProperty)).containsExactly("/age");
    }

    @Test
    void aNumberOfAMillionDigitsAsTheWholeDocumentIsNotADocument() {
        // Jackson reads the first token before the module is asked: the limit is Jackson's own
        // exception (a StreamConstraintsException, a JsonProcessingException).
        Throwable e = notADocument(hardened(), bytes("9".repeat(1_000_000)), Episode.class);
        assertThat(codec().isLimitException(e)).as("%s", e).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void numbersBeyondAnIntAreNotWholeNumbers(String name, ModuleCodec.StreamReader mapper) {
        for (String number : List.of("2147483648", "-2147483649", "99999999999999999999", "1e3", "1.0", "NaN",
                "Infinity", "0x10", "01")) {
            List<Violation> violations = rejected(mapper,
                    "{\"id\":\"e\",\"number\":" + number + ",\"title\":{\"en\":\"x\"}}", Episode.class);
            assertThat(pointers(violations)).as(number).containsExactly("/number");
        }
    }

    // ---- duplicate keys --------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void duplicateKeysAreRejectedAtEveryLevel(String name, ModuleCodec.StreamReader mapper) {
        Map<String, String> documents = Map.of(
                "/id", "{\"id\":\"a\",\"name\":\"A\",\"id\":\"a\"}",
                "/jobTitle/en", "{\"id\":\"a\",\"name\":\"A\",\"jobTitle\":{\"en\":\"x\",\"en\":\"x\"}}",
                "/affiliation/kind", "{\"id\":\"a\",\"name\":\"A\",\"affiliation\":{\"id\":\"k\","
                        + "\"name\":{\"id\":\"K\"},\"kind\":\"ministry\",\"kind\":\"media\"}}");
        documents.forEach((pointer, document) -> {
            List<Violation> violations = rejected(mapper, document, Person.class);
            assertThat(violations).extracting(Violation::toString).as(document)
                    .contains(pointer + ": appears more than once in this object");
        });
    }

    @Test
    void duplicateKeysInTheArticleAreRejected() throws Exception {
        String article = fixture("dossier-kemlu-space.json");
        String doubled = article.replace("\"acronym\" : \"WCCE\",", "\"acronym\" : \"WCCE\", \"acronym\" : \"WCCE\",");
        assertThat(doubled).isNotEqualTo(article);
        for (ModuleCodec.StreamReader mapper : List.of(hardened(), codec().plainJsonStream())) {
            assertThat(rejected(mapper, doubled, Dossier.class)).extracting(Violation::toString)
                    .contains("/events/0/acronym: appears more than once in this object");
        }
    }

    // ---- wrong types and nulls in every place ----------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dossier-kemlu-space.json:Dossier", "episode-road-to-wcce.json:Episode",
        "event-wcce-2022.json:Event"})
    void nullOrAWrongTypeInEveryPlaceOfTheArticleIsRejectedThere(String fixtureAndType) throws Exception {
        String[] parts = fixtureAndType.split(":");
        Class<?> type = Map.<String, Class<?>>of("Dossier", Dossier.class, "Episode", Episode.class,
                "Event", Event.class).get(parts[1]);
        Object golden = codec().readPlainJson(bytes(fixture(parts[0])));
        List<Place> places = DocumentShape.places(golden, parts[1]);
        int checked = 0;
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).value == null) {
                continue;
            }
            for (Object replacement : replacements(places.get(i).value)) {
                Object document = Trees.copy(golden);
                Place place = DocumentShape.places(document, parts[1]).get(i);
                place.replace(replacement);
                List<Violation> violations = rejected(hardened(), codec().writePlainJson(document), type);
                assertThat(pointers(violations)).as("%s replaced by %s", place, replacement).contains(place.pointer);
                checked++;
            }
        }
        // Every value: a null, and each JSON type it is not.
        assertThat(checked).isGreaterThan(places.size() * 3);
    }

    /** A null and one value of each JSON type that {@code value} is not. */
    private static List<Object> replacements(Object value) {
        List<Object> out = new java.util.ArrayList<>();
        out.add(null);
        if (!(value instanceof String)) {
            out.add("ministry");
        }
        if (!(value instanceof Number)) {
            out.add(1);
        }
        out.add(2.5);
        out.add(true);
        if (!(value instanceof Map)) {
            out.add(new java.util.LinkedHashMap<>(Map.of("id", "kemlu")));
        }
        if (!(value instanceof List)) {
            out.add(new java.util.ArrayList<>(List.of("kemlu")));
        }
        return out;
    }

    // ---- bytes that are not UTF-8 ----------------------------------------------------------

    @Test
    void invalidUtf8InsideTheDocumentIsRejectedAtItsPlace() {
        byte[][] bad = {
            {(byte) 0xC3, (byte) 0x28},                 // a lead byte without its continuation
            {(byte) 0xFF},                              // never valid in UTF-8
            {(byte) 0x80},                              // a continuation byte alone
            {(byte) 0xE2, (byte) 0x82},                 // a three-byte sequence cut short
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // a five-byte form
        };
        for (byte[] sequence : bad) {
            byte[] document = concat(bytes("{\"id\":\"a\",\"name\":\"Aldi"), sequence, bytes("\"}"));
            List<Violation> violations = rejected(hardened(), document, Person.class);
            assertThat(violations).extracting(Violation::pointer).containsExactly("/name");
            assertThat(keys(violations)).containsExactly(MALFORMED);

            byte[] inAName = concat(bytes("{\"id\":\"a\",\"na"), sequence, bytes("me\":\"A\"}"));
            assertThat(keys(rejected(hardened(), inAName, Person.class))).containsExactly(MALFORMED);
        }
    }

    @Test
    void overlongAndSurrogateEncodingsAreNeverTakenAsText() {
        // An overlong "/" (C0 AF) and a surrogate encoded on its own (ED A0 80, CESU-8): either
        // the bytes are refused, or the character they make is refused by the text rules.
        for (byte[] sequence : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}}) {
            byte[] document = concat(bytes("{\"id\":\"a\",\"name\":\"Aldi"), sequence, bytes("\"}"));
            List<Violation> violations = rejected(hardened(), document, Person.class);
            assertThat(pointers(violations)).containsExactly("/name");
            assertThat(keys(violations)).containsAnyOf(MALFORMED, "outreach.text.surrogate");
        }
    }

    @Test
    void invalidUtf8BeforeTheFirstTokenIsNotADocument() {
        notADocument(hardened(), concat(new byte[] {(byte) 0xC3, (byte) 0x28}, bytes("{}")), Person.class);
        notADocument(hardened(), new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, Person.class);
    }

    // ---- surrogates ------------------------------------------------------------------------

    @Test
    void loneSurrogateEscapesAreRejectedInEveryTextOfTheArticle() throws Exception {
        Object golden = codec().readPlainJson(bytes(fixture("dossier-kemlu-space.json")));
        List<Place> places = DocumentShape.places(golden, "Dossier");
        int checked = 0;
        for (int i = 0; i < places.size(); i++) {
            Place original = places.get(i);
            if (!(original.value instanceof String) || original.kind() == Kind.VERSION) {
                continue;
            }
            for (String broken : List.of("\ud800", "x\udc00", "\udc00\ud800", original.value + "\udbff")) {
                Object document = Trees.copy(golden);
                Place place = DocumentShape.places(document, "Dossier").get(i);
                // A marker written in place of the text, then the text as \\uXXXX escapes.
                place.replace("\u0001marker\u0001");
                String json = new String(codec().writePlainJson(document), UTF_8)
                        .replace("\\u0001marker\\u0001", escaped(broken));
                assertThat(json).contains("\\uD");
                List<Violation> violations = rejected(hardened(), json, Dossier.class);
                assertThat(pointers(violations)).as("%s", place).contains(place.pointer);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void aLoneSurrogateIsRejectedInLinksToo() {
        for (String url : List.of("https://kemlu.go.id/\\ud800", "https://kemlu.go.id/#\\udfff",
                "https://kemlu.go.id/?q=\\udbff")) {
            String document = "{\"id\":\"kemlu\",\"name\":{\"id\":\"Kemlu\"},\"kind\":\"ministry\",\"website\":\"" + url
                    + "\"}";
            assertThat(rejected(hardened(), document, Organization.class)).extracting(Violation::toString)
                    .containsExactly("/website: must be an absolute https URL");
        }
    }

    @Test
    void escapedSurrogatePairsAreText() throws Exception {
        Person person = (Person) codec().json().read(bytes("{\"id\":\"a\",\"name\":\"Aldi \\ud83c\\uddee\\ud83c\\udde9\"}"),
                Person.class);
        assertThat(person.name()).isEqualTo("Aldi \ud83c\uddee\ud83c\udde9");
        assertThat(codec().json().read(codec().writeJson(person), Person.class)).isEqualTo(person);
    }

    @Test
    void aLoneSurrogateInAPropertyNameIsRejected() {
        List<Violation> violations = rejected(hardened(), "{\"id\":\"a\",\"name\":\"A\",\"\\ud800\":1}", Person.class);
        assertThat(keys(violations)).hasSize(1).containsAnyOf(MALFORMED, "outreach.document.unknownProperty");
    }

    // ---- byte-order marks ------------------------------------------------------------------

    @Test
    void aByteOrderMarkBeforeUtf8OrUtf16BytesIsSkipped() throws Exception {
        String person = "{\"id\":\"a\",\"name\":\"Aldi\"}";
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(person));
        byte[] utf16 = ("\ufeff" + person).getBytes(Charset.forName("UTF-16BE"));
        byte[] utf16le = ("\ufeff" + person).getBytes(Charset.forName("UTF-16LE"));
        for (byte[] input : List.of(utf8, utf16, utf16le)) {
            assertThat(((Person) codec().json().read(input, Person.class)).name()).isEqualTo("Aldi");
        }
    }

    @Test
    void aByteOrderMarkAsTheFirstCharacterOfAStringIsNotADocument() {
        // Text input has been decoded already: Jackson takes U+FEFF as an unexpected character.
        Throwable thrown = Reads.thrown(() -> codec().readJsonText("\ufeff{\"id\":\"a\",\"name\":\"Aldi\"}", Person.class));
        assertThat(codec().isJacksonException(thrown)).as("%s", thrown).isTrue();
        assertThat(thrown).hasMessageContaining("0xfeff");
    }

    @Test
    void aByteOrderMarkInsideTheDocumentIsRejectedAtItsPlace() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        List<Violation> betweenTokens = rejected(hardened(),
                concat(bytes("{\"id\":\"a\","), bom, bytes("\"name\":\"Aldi\"}")), Person.class);
        assertThat(keys(betweenTokens)).containsExactly(MALFORMED);
        assertThat(pointers(betweenTokens)).containsExactly("/id");
    }

    // ---- control characters ----------------------------------------------------------------

    @Test
    void rawControlCharactersInStringsAreMalformed() {
        for (char c = 0; c < 0x20; c++) {
            String document = "{\"id\":\"a\",\"name\":\"Al" + c + "di\"}";
            List<Violation> violations = rejected(hardened(), document, Person.class);
            assertThat(pointers(violations)).as("U+%04X", (int) c).containsExactly("/name");
            assertThat(keys(violations)).as("U+%04X", (int) c).containsExactly(MALFORMED);
        }
    }

    @Test
    void escapedControlCharactersAreRejectedByTheTextRules() {
        for (String escape : List.of("\\u0000", "\\u0007", "\\t", "\\r", "\\n", "\\b", "\\f", "\\u001b", "\\u007f",
                "\\u0085", "\\u009f", "\\u2028", "\\u2029")) {
            String document = "{\"id\":\"a\",\"name\":\"Al" + escape + "di\"}";
            assertThat(rejected(hardened(), document, Person.class)).extracting(Violation::toString).as(escape)
                    .containsExactly("/name: must not contain control characters");
        }
    }

    @Test
    void lineBreaksAreTextOnlyWhereTheModelAllowsThem() throws Exception {
        BilingualText text = (BilingualText) codec().json().read(bytes("{\"id\":\"Baris satu\\nbaris dua\"}"),
                BilingualText.class);
        assertThat(text.indonesian()).contains("Baris satu\nbaris dua");
        assertThat(rejected(hardened(), "{\"id\":\"Baris satu\\r\\nbaris dua\"}", BilingualText.class))
                .extracting(Violation::toString).containsExactly("/id: must not contain control characters");
    }

    @Test
    void controlCharactersBetweenTokensAreMalformed() {
        List<Violation> violations = rejected(hardened(), "{\"id\":\"a\",\u0001\"name\":\"Aldi\"}", Person.class);
        assertThat(keys(violations)).containsExactly(MALFORMED);
    }

    // ---- not a document at all -------------------------------------------------------------

    @Test
    void inputThatIsNotADocumentGetsJacksonsOwnException() {
        assertThat(notADocument(hardened(), new byte[0], Person.class)).hasMessageContaining("No content");
        assertThat(notADocument(hardened(), bytes(" \n\t "), Person.class)).hasMessageContaining("No content");
        assertThat(notADocument(hardened(), bytes("kemlu"), Person.class)).hasMessageContaining("Unrecognized token");
        assertThat(notADocument(hardened(), bytes("{\"id\":\"a\",\"name\":\"A\"} {}"), Person.class))
                .hasMessageContaining("Trailing token");
        assertThat(notADocument(hardened(), bytes("{\"id\":\"a\",\"name\":\"A\"} x"), Person.class))
                .hasMessageContaining("Unrecognized token");
    }

    @Test
    void aValueOfAnotherJsonTypeAtTheRootIsAnInvalidDocument() {
        for (String root : List.of("42", "\"kemlu\"", "[1, 2]", "true", "[]")) {
            assertThat(rejected(hardened(), root, Dossier.class)).extracting(Violation::toString).as(root)
                    .containsExactly("/: must be an object");
        }
        assertThat(rejected(hardened(), "null", Dossier.class)).extracting(Violation::toString)
                .containsExactly("/: must not be null (leave an optional property out instead)");
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** The text with every character outside printable ASCII as a JSON \\uXXXX escape. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = HostileInputCases.class.getResourceAsStream("/fixtures/valid/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    /**
     * An input stream that makes its bytes as they are read (a prefix, a run of one byte, a
     * suffix), so that a 50 MB document costs no memory of its own, and counts what was read.
     */
    static final class CountingInput extends InputStream {
        private final byte[] prefix;
        private final long run;
        private final byte fill;
        private final byte[] suffix;
        private long position;

        CountingInput(byte[] whole) {
            this(whole, 0, (byte) 0, new byte[0]);
        }

        private CountingInput(byte[] prefix, long run, byte fill, byte[] suffix) {
            this.prefix = prefix;
            this.run = run;
            this.fill = fill;
            this.suffix = suffix;
        }

        static CountingInput of(String prefix, long run, char fill, String suffix) {
            return new CountingInput(bytes(prefix), run, (byte) fill, bytes(suffix));
        }

        long length() {
            return prefix.length + run + suffix.length;
        }

        long consumed() {
            return position;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= length()) {
                return -1;
            }
            int n = (int) Math.min(length, length() - position);
            for (int i = 0; i < n; i++) {
                long at = position + i;
                byte b;
                if (at < prefix.length) {
                    b = prefix[(int) at];
                } else if (at < prefix.length + run) {
                    b = fill;
                } else {
                    b = suffix[(int) (at - prefix.length - run)];
                }
                buffer[offset + i] = b;
            }
            position += n;
            return n;
        }
    }
}
