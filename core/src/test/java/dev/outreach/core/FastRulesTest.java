package dev.outreach.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FastRules} reads the same annotations Hibernate Validator checks, and answers "valid"
 * without asking it. A wrong "invalid" would never be seen through the model (the validator is
 * asked next and gives the right answer), so the rules are read here without the cache and
 * asked about single property values, and every answer is compared with Hibernate Validator's
 * for the same value ({@link PropertyRules#check}).
 */
class FastRulesTest {

    /** Every model type: each class Immutables generates from an {@code Abstract*} definition. */
    private static final List<Class<?>> MODEL = model();

    /** The model, and a test type with every known constraint and none that refuses null first. */
    private static final List<Class<?>> CHECKED = Stream.concat(MODEL.stream(), Stream.of(Loose.class)).toList();

    private static final String EMOJI = "\ud83d\ude00";

    private static List<Class<?>> model() {
        try {
            return ArchitectureTest.generatedTypes();
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot list the model types", e);
        }
    }

    // ---------------------------------------------------------------- probe types

    /** Not a constraint, but a runtime annotation with a value. */
    @Retention(RetentionPolicy.RUNTIME)
    @interface Note {
        String value();
    }

    /** Not a constraint, and without a value. */
    @Retention(RetentionPolicy.RUNTIME)
    @interface Marker {
    }

    /** Not a constraint, but a runtime annotation holding other annotations. */
    @Retention(RetentionPolicy.RUNTIME)
    @interface Notes {
        Note[] value();
    }

    /** A constraint on a whole type. Never validated here, so it needs no validator. */
    @Constraint(validatedBy = {})
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Whole {
        String message() default "{outreach.required}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A validation group other than the default one. */
    interface Extra {
    }

    /** Every constraint FastRules knows, with nothing refusing null before them. */
    abstract static class AbstractLoose {
        @Slug
        public abstract String slug();

        @CleanText(max = 5)
        public abstract String text();

        @CleanText(max = 5, multiline = true)
        public abstract String lines();

        @MaxLength(max = 5)
        public abstract BilingualText title();

        @HttpsUrl
        public abstract URI url();

        @Min(1)
        public abstract Integer count();

        @Min(-1)
        public abstract long balance();

        public abstract Optional<@Slug String> alias();

        public abstract List<@Slug String> tags();

        @NotNull
        @Slug
        @CleanText(max = 3)
        public abstract String code();

        @Slug
        @NotNull
        public abstract String key();

        public abstract String note();

        public abstract Set<String> names();
    }

    /** An instance of {@link AbstractLoose} with any values at all, valid to start with. */
    static final class Loose extends AbstractLoose {
        private final Map<String, Object> values = new HashMap<>();

        Loose() {
            values.put("slug", "ok");
            values.put("text", "fine");
            values.put("lines", "a\nb");
            values.put("title", BilingualText.english("short"));
            values.put("url", URI.create("https://kemlu.go.id/"));
            values.put("count", 1);
            values.put("balance", -1L);
            values.put("alias", Optional.empty());
            values.put("tags", List.of("a"));
            values.put("code", "abc");
            values.put("key", "k");
            values.put("note", " anything ");
            values.put("names", Set.of("Not A Slug"));
        }

        Loose with(String property, Object value) {
            values.put(property, value);
            return this;
        }

        @SuppressWarnings("unchecked")
        private <T> T get(String property) {
            return (T) values.get(property);
        }

        @Override
        public String slug() {
            return get("slug");
        }

        @Override
        public String text() {
            return get("text");
        }

        @Override
        public String lines() {
            return get("lines");
        }

        @Override
        public BilingualText title() {
            return get("title");
        }

        @Override
        public URI url() {
            return get("url");
        }

        @Override
        public Integer count() {
            return get("count");
        }

        @Override
        public long balance() {
            return get("balance");
        }

        @Override
        public Optional<String> alias() {
            return get("alias");
        }

        @Override
        public List<String> tags() {
            return get("tags");
        }

        @Override
        public String code() {
            return get("code");
        }

        @Override
        public String key() {
            return get("key");
        }

        @Override
        public String note() {
            return get("note");
        }

        @Override
        public Set<String> names() {
            return get("names");
        }
    }

    /** Methods that are no properties, and annotations that are no constraints, around three properties. */
    @Note("type")
    @Marker
    abstract static class AbstractSkipping {
        @NotNull
        public abstract String name();

        @NotNull
        @Marker
        @Note("after")
        public abstract String marked();

        @Note("n")
        @Notes(@Note("m"))
        @NotNull
        public abstract String noted();

        public abstract Set<String> names();

        public abstract Optional<String> nickname();

        @NotNull
        public static String shared() {
            return null;
        }

        @NotNull
        public String withArgument(int i) {
            return null;
        }

        @NotNull
        public void touch() {
        }
    }

    abstract static class Skipping extends AbstractSkipping {
    }

    abstract static class AbstractPlain {
        public abstract String name();
    }

    abstract static class Plain extends AbstractPlain {
    }

    abstract static class AbstractNotNullInAGroup {
        @NotNull(groups = Extra.class)
        public abstract String name();
    }

    abstract static class NotNullInAGroup extends AbstractNotNullInAGroup {
    }

    abstract static class AbstractSlugInAGroup {
        @Slug(groups = Extra.class)
        public abstract String id();
    }

    abstract static class SlugInAGroup extends AbstractSlugInAGroup {
    }

    abstract static class AbstractElementInAGroup {
        public abstract Optional<@Min(value = 1, groups = Extra.class) Integer> edition();
    }

    abstract static class ElementInAGroup extends AbstractElementInAGroup {
    }

    @Whole
    abstract static class AbstractWhole {
        @NotNull
        public abstract String name();
    }

    abstract static class WholeRule extends AbstractWhole {
    }

    abstract static class AbstractUnknownElement {
        public abstract List<@Email String> emails();
    }

    abstract static class UnknownElement extends AbstractUnknownElement {
    }

    abstract static class AbstractRepeated {
        @Min(1)
        @Min(2)
        public abstract int number();
    }

    abstract static class Repeated extends AbstractRepeated {
    }

    abstract static class AbstractNested {
        public abstract Optional<List<@Slug String>> ids();
    }

    abstract static class Nested extends AbstractNested {
    }

    abstract static class AbstractKeyed {
        public abstract Map<String, @Slug String> ids();
    }

    abstract static class Keyed extends AbstractKeyed {
    }

    abstract static class AbstractInASet {
        public abstract Set<@Slug String> ids();
    }

    abstract static class InASet extends AbstractInASet {
    }

    abstract static class AbstractPrivate {
        @NotNull
        private String secret() {
            return "secret";
        }

        @NotNull
        public abstract String name();

        String reveal() {
            return secret();
        }
    }

    abstract static class Private extends AbstractPrivate {
    }

    // ---------------------------------------------------------------- what is read

    @Test
    void everyTypeOfTheModelIsCheckedWithoutAskingTheValidator() {
        assertThat(MODEL).allSatisfy(type -> {
            assertThat(FastRules.of(type)).as(type.getSimpleName()).isPresent();
            assertThat(FastRules.read(type)).as(type.getSimpleName()).isNotNull();
        });
    }

    @Test
    void theRulesOfATypeAreReadOnceAndKept() {
        FastRules rules = FastRules.of(Loose.class).orElseThrow();

        assertThat(FastRules.of(Loose.class)).containsSame(rules);
        assertThat(FastRules.read(Loose.class)).isNotSameAs(rules);

        FastRules.Cache cache = new FastRules.Cache();
        FastRules read = cache.get(Loose.class).orElseThrow();
        assertThat(read).isNotSameAs(rules);
        assertThat(read.properties()).containsExactlyInAnyOrderElementsOf(rules.properties());
        assertThat(cache.get(Loose.class)).containsSame(read);
        assertThat(cache.get(ContactProbe.class)).isEmpty();
    }

    @Test
    void everyPropertyWithAConstraintIsCheckedAndNoOther() {
        assertThat(CHECKED).allSatisfy(type -> assertThat(new TreeSet<>(FastRules.read(type).properties()))
                .as(type.getSimpleName())
                .isEqualTo(constrainedProperties(type)));
        assertThat(FastRules.read(Loose.class).properties()).containsExactlyInAnyOrder("slug", "text", "lines",
                "title", "url", "count", "balance", "alias", "tags", "code", "key");
        assertThat(FastRules.read(Episode.class).properties()).containsExactlyInAnyOrder("id", "number", "title",
                "description", "url", "speakers", "quotes", "partnerIds", "eventIds");
    }

    @Test
    void onlyAccessorsAreProperties() {
        FastRules rules = FastRules.read(Skipping.class);

        assertThat(rules).isNotNull();
        assertThat(rules.properties()).containsExactlyInAnyOrder("name", "marked", "noted");
        assertThat(rules.accepts("marked", null)).isFalse();
        assertThat(rules.accepts("marked", "x")).isTrue();
        assertThat(rules.accepts("noted", null)).isFalse();
        assertThat(rules.accepts("noted", "x")).isTrue();
        for (String notAProperty : List.of("shared", "withArgument", "touch", "names", "nickname")) {
            assertThatThrownBy(() -> rules.accepts(notAProperty, null)).as(notAProperty)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no constraint on " + notAProperty);
        }
        assertThat(FastRules.read(Plain.class).properties()).isEmpty();
        assertThat(FastRules.read(Person.class).properties()).doesNotContain("affiliation");
        assertThatThrownBy(() -> FastRules.read(Person.class).accepts("affiliation", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTypeWithAnUnknownConstraintIsLeftToTheValidator() {
        assertThat(FastRules.of(ContactProbe.class)).isEmpty();
        assertThat(FastRules.read(ContactProbe.class)).isNull();
        assertThat(FastRules.read(UnknownElement.class)).as("on a list's elements").isNull();
        assertThat(FastRules.read(Repeated.class)).as("a repeated constraint").isNull();
        ContentAssertions.assertViolation(() -> ContactProbe.builder().email("not an address").build(),
                "/email", "is not valid text");
        assertThat(ContactProbe.builder().email("humas@kemlu.go.id").build().email()).isEqualTo("humas@kemlu.go.id");
    }

    @Test
    void aConstraintInAnotherGroupIsLeftToTheValidator() {
        assertThat(FastRules.read(NotNullInAGroup.class)).isNull();
        assertThat(FastRules.read(SlugInAGroup.class)).isNull();
        assertThat(FastRules.read(ElementInAGroup.class)).isNull();
    }

    @Test
    void aConstraintOnTheTypeItselfIsLeftToTheValidator() {
        assertThat(FastRules.read(WholeRule.class)).isNull();
    }

    @Test
    void containersOtherThanOneOptionalOrListAreLeftToTheValidator() {
        assertThat(FastRules.read(Nested.class)).as("a list in an optional").isNull();
        assertThat(FastRules.read(Keyed.class)).as("a map").isNull();
        assertThat(FastRules.read(InASet.class)).as("a set").isNull();
    }

    @Test
    void anAccessorThatCannotBeCalledLeavesTheTypeToTheValidator() {
        assertThat(FastRules.read(Private.class)).isNull();
    }

    @Test
    void aTypeThatIsNotGeneratedIsLeftToTheValidator() {
        assertThat(FastRules.of(String.class)).isEmpty();
        assertThat(FastRules.of(Object.class)).isEmpty();
        assertThat(FastRules.read(String.class)).as("a superclass not named Abstract*").isNull();
        assertThat(FastRules.read(Object.class)).as("no superclass").isNull();
        assertThat(FastRules.read(AbstractPlain.class)).as("the definition itself").isNull();
    }

    // ---------------------------------------------------------------- what is accepted

    @Test
    void aValidValuePasses() {
        assertThat(FastRules.of(Person.class).orElseThrow()
                .passes(Person.builder().id("aldi-monbusho").name("Aldi Monbusho").build())).isTrue();
        assertThat(FastRules.read(Loose.class).passes(new Loose())).isTrue();
        assertThat(FastRules.read(Loose.class).passes(new Loose().with("slug", null).with("text", null)
                .with("title", null).with("url", null).with("count", null).with("alias", Optional.of("a"))
                .with("tags", List.of()))).isTrue();
    }

    @Test
    void aValueBreakingAnyOneConstraintFails() {
        FastRules rules = FastRules.read(Loose.class);
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("slug", "Not A Slug");
        bad.put("text", "too long");
        bad.put("lines", "a\tb");
        bad.put("title", BilingualText.indonesian("terlalu panjang"));
        bad.put("url", URI.create("http://kemlu.go.id/"));
        bad.put("count", 0);
        bad.put("balance", -2L);
        bad.put("alias", Optional.of("Bad"));
        bad.put("tags", List.of("a", "B"));
        bad.put("code", null);
        bad.put("key", null);
        bad.forEach((property, value) -> {
            assertThat(rules.passes(new Loose().with(property, value))).as(property).isFalse();
            assertThat(rules.accepts(property, value)).as(property).isFalse();
        });
        assertThat(rules.accepts("code", "a b")).isFalse();
        assertThat(rules.accepts("code", "abcd")).as("too long for the text rule, a slug").isFalse();
        assertThat(rules.accepts("code", "AB")).as("clean text, not a slug").isFalse();
        assertThat(rules.accepts("tags", Arrays.asList("a", null))).isTrue();
        assertThat(rules.accepts("alias", Optional.empty())).isTrue();
    }

    /**
     * For every type and every property with a constraint, FastRules accepts a value exactly
     * when Hibernate Validator finds nothing wrong with it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("checked")
    void agreesWithTheValidatorOnEveryProbeOfEveryProperty(Class<?> type) throws NoSuchMethodException {
        FastRules rules = FastRules.read(type);
        Set<Integer> limits = limits();
        List<String> disagreements = new ArrayList<>();
        int probed = 0;
        for (String property : constrainedProperties(type)) {
            Type declared = type.getSuperclass().getMethod(property).getGenericReturnType();
            for (Object value : probes(declared, limits)) {
                boolean valid = PropertyRules.check(type, property, value).isEmpty();
                if (rules.accepts(property, value) != valid) {
                    disagreements.add(property + " = " + describe(value) + ": the validator says "
                            + (valid ? "valid" : "invalid"));
                }
                probed++;
            }
        }
        assertThat(disagreements).as("%s, %s values", type.getSimpleName(), probed).isEmpty();
        assertThat(probed).isPositive();
    }

    static List<Class<?>> checked() {
        return CHECKED;
    }

    // ---------------------------------------------------------------- probes

    /** The properties with a constraint on them or on their elements, as Hibernate Validator sees them. */
    private static Set<String> constrainedProperties(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (PropertyDescriptor property : Validators.validator().getConstraintsForClass(type)
                .getConstrainedProperties()) {
            if (property.hasConstraints() || !property.getConstrainedContainerElementTypes().isEmpty()) {
                names.add(property.getPropertyName());
            }
        }
        return names;
    }

    /** Every length limit of the model and of {@link Loose}: each is probed at and just over it. */
    private static Set<Integer> limits() {
        Set<Integer> limits = new TreeSet<>(List.of(Slug.MAX));
        for (Class<?> type : CHECKED) {
            for (PropertyDescriptor property : Validators.validator().getConstraintsForClass(type)
                    .getConstrainedProperties()) {
                List<ConstraintDescriptor<?>> constraints = new ArrayList<>(property.getConstraintDescriptors());
                for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                    constraints.addAll(element.getConstraintDescriptors());
                }
                for (ConstraintDescriptor<?> constraint : constraints) {
                    Object max = constraint.getAttributes().get("max");
                    if (max instanceof Integer) {
                        limits.add((Integer) max);
                    }
                }
            }
        }
        return limits;
    }

    private static List<Object> probes(Type declared, Set<Integer> limits) {
        if (declared instanceof ParameterizedType) {
            Class<?> container = (Class<?>) ((ParameterizedType) declared).getRawType();
            Type elementType = ((ParameterizedType) declared).getActualTypeArguments()[0];
            List<Object> elements = probes(elementType, limits);
            List<Object> out = new ArrayList<>();
            if (container == Optional.class) {
                out.add(Optional.empty());
                elements.stream().filter(e -> e != null).forEach(e -> out.add(Optional.of(e)));
                return out;
            }
            assertThat(container).as("a container of the model").isEqualTo(List.class);
            Object sample = sample((Class<?>) elementType);
            out.add(List.of());
            for (Object element : elements) {
                out.add(Arrays.asList(element));
                out.add(Arrays.asList(sample, element));
                out.add(Arrays.asList(element, sample));
            }
            out.add(Arrays.asList(sample, sample, null));
            return out;
        }
        Class<?> type = (Class<?>) declared;
        List<Object> out = new ArrayList<>();
        if (!type.isPrimitive()) {
            out.add(null);
        }
        if (type == String.class) {
            out.addAll(strings(limits));
        } else if (type == Integer.class || type == int.class) {
            out.addAll(List.of(0, 1, -1, 2, -2, Integer.MAX_VALUE, Integer.MIN_VALUE));
        } else if (type == Long.class || type == long.class) {
            out.addAll(List.of(0L, 1L, -1L, 2L, -2L, Long.MAX_VALUE, Long.MIN_VALUE));
        } else if (type == URI.class) {
            out.addAll(uris());
        } else if (type == BilingualText.class) {
            out.addAll(bilingualTexts(limits));
        } else {
            out.add(sample(type));
        }
        return out;
    }

    private static List<String> strings(Set<Integer> limits) {
        List<String> out = new ArrayList<>(List.of("", " ", "\u00a0", "\t", "\n", "a", "z", "0", "9", "ab", "a-b",
                "a--b", "-a", "a-", "-", "A", "aB", "a_b", "a b", "a.b", "a/b", "a1-b2", "aldi-monbusho",
                "Aldi Monbusho", "Pak Aldi", "\u00e9", "x\u0301", " x", "x ", "\u00a0x", "x\u00a0", "\u2003x",
                "x\u2003", "x\u2003y", "x\u0000y", "x\ty", "x\ny", "x\r\ny", "x\ry", "x\u007fy", "x\u0085y",
                "x\u2028y", "x\u2029y", "\ud800", "x\ud800", "\ud800x", "\udc00", "x\udc00y", "\udc00\ud800", EMOJI,
                "x" + EMOJI + "y", EMOJI + "\ud800", "\ud800" + EMOJI));
        for (int limit : limits) {
            out.add("a".repeat(limit - 1));
            out.add("a".repeat(limit));
            out.add("a".repeat(limit + 1));
            out.add("a".repeat(limit - 1) + EMOJI);
            out.add("a".repeat(limit) + EMOJI);
            out.add(EMOJI.repeat(limit));
            out.add(EMOJI.repeat(limit + 1));
            out.add("a-".repeat(limit / 2) + "a");
        }
        return out;
    }

    private static List<URI> uris() {
        String base = "https://kemlu.go.id/";
        List<String> texts = new ArrayList<>(List.of(base, "https://kemlu.go.id", "https://kemlu.go.id/berita?id=1#top",
                "http://kemlu.go.id/", "HTTPS://KEMLU.GO.ID/", "hTTpS://kemlu.go.id/", "ftp://kemlu.go.id/",
                "https://kemlu.go.id:443/", "https://kemlu.go.id:65535/", "https://kemlu.go.id:65536/",
                "https://kemlu.go.id:99999/", "https://user@kemlu.go.id/", "https://[::1]/", "https://under_score.id/",
                "https:opaque", "https:/path", "https:///path", "//kemlu.go.id/", "/relative", "relative", "mailto:a@b.id",
                base + "\u00e9", base + EMOJI, base + "\ud800", base + "a\ud800", base + "\udc00", base + EMOJI + "\ud83d",
                base + "a".repeat(2000 - base.length() - 1), base + "a".repeat(2000 - base.length()),
                base + "a".repeat(2001 - base.length())));
        List<URI> out = new ArrayList<>();
        for (String text : texts) {
            out.add(URI.create(text));
        }
        return out;
    }

    private static List<BilingualText> bilingualTexts(Set<Integer> limits) {
        LanguageTag japanese = LanguageTag.of("ja");
        List<BilingualText> out = new ArrayList<>(List.of(BilingualText.indonesian("Halo"),
                BilingualText.english("Hello"), BilingualText.of("Halo", "Hello"),
                BilingualText.inLanguage(japanese, "こんにちは"), BilingualText.english("Hello").with(japanese, "こんにちは")));
        for (int limit : limits) {
            if (limit >= AbstractBilingualText.MAX) {
                continue;
            }
            for (String text : List.of("a".repeat(limit), "a".repeat(limit + 1), EMOJI.repeat(limit),
                    EMOJI.repeat(limit + 1), "a".repeat(limit - 1) + EMOJI, "a".repeat(limit) + EMOJI)) {
                out.add(BilingualText.indonesian(text));
                out.add(BilingualText.english(text));
                out.add(BilingualText.of("Halo", text));
                out.add(BilingualText.of(text, "Hello"));
                out.add(BilingualText.inLanguage(japanese, text));
                out.add(BilingualText.of("Halo", "Hello").with(japanese, text));
            }
        }
        return out;
    }

    /** A valid value of a type that only {@code @NotNull} constrains. */
    private static Object sample(Class<?> type) {
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        Map<Class<?>, Object> samples = new HashMap<>();
        samples.put(String.class, "aldi-monbusho");
        samples.put(Person.class, Fixtures.person("aldi"));
        samples.put(Organization.class, Fixtures.organization("kemlu"));
        samples.put(Speaker.class, Fixtures.guest("aldi"));
        samples.put(Quote.class, Fixtures.quote("aldi"));
        samples.put(Partner.class, Partner.of(Fixtures.organization("tvri"), PartnerRole.values()[0]));
        samples.put(Episode.class, Fixtures.episode("pertama", 1));
        samples.put(Event.class, Fixtures.event("wcce"));
        samples.put(EventRelation.class, EventRelation.of(EventRelationKind.values()[0], "wcce"));
        samples.put(Commentary.class, Fixtures.commentaryBuilder("aldi").summary(Fixtures.text("Summary")).build());
        samples.put(Coverage.class, Fixtures.coverageBuilder().build());
        samples.put(Program.class, Fixtures.programBuilder("dialog").build());
        samples.put(PartnerGroup.class, PartnerGroup.builder().kind(OrganizationKind.MEDIA).scope(Scope.NATIONAL)
                .build());
        samples.put(EpisodeParticipation.class, EpisodeParticipation.builder().episodeId("pertama").number(1)
                .build());
        samples.put(Subdivision.class, Subdivision.of("ID-BA"));
        samples.put(CountryCode.class, CountryCode.INDONESIA);
        samples.put(LanguageTag.class, LanguageTag.INDONESIAN);
        assertThat(samples).as("a sample of %s", type.getSimpleName()).containsKey(type);
        return samples.get(type);
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder();
        text.chars().limit(40).forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : (char) c));
        return (text.length() > 40 ? out + "... (" + text.length() + " chars)" : out.toString())
                + (value == null ? "" : " [" + value.getClass().getSimpleName() + "]");
    }

    @Test
    void aTypeWithAConstraintOnAnInterfaceIsLeftToTheValidator() {
        assertThat(FastRules.read(InterfaceProbe.class)).isNull();
        ContentAssertions.assertViolation(() -> InterfaceProbe.builder().code("Not A Slug").build(), "/code",
                "must be a lowercase slug of letters, digits and single hyphens, at most 64 characters");
        assertThat(InterfaceProbe.builder().code("kemlu").build().code()).isEqualTo("kemlu");
    }
}
