package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertInvalid;
import static dev.outreach.core.Fixtures.episodeBuilder;
import static dev.outreach.core.Fixtures.eventBuilder;
import static dev.outreach.core.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.junit.jupiter.api.Test;

/**
 * How the shared validator is set up: which methods count as properties, how the package's
 * constraint validators are made, and how a constraint violation becomes a {@link Violation}
 * (its place, message key and parameters).
 */
class ValidatorSetupTest {

    private static ConstrainableExecutable method(String name, Class<?> returnType, Class<?>... parameters) {
        return new ConstrainableExecutable() {
            @Override
            public Class<?> getReturnType() {
                return returnType;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public Class<?>[] getParameterTypes() {
                return parameters;
            }
        };
    }

    @Test
    void everyValueReturningAccessorWithoutParametersIsAProperty() {
        Validators.AccessorStrategy strategy = new Validators.AccessorStrategy();
        assertThat(strategy.getProperty(method("title", BilingualText.class))).contains("title");
        assertThat(strategy.getProperty(method("number", int.class))).contains("number");
        assertThat(strategy.getProperty(method("getTitle", String.class))).contains("getTitle");
        assertThat(strategy.getProperty(method("speaker", Optional.class, String.class))).isEmpty();
        assertThat(strategy.getProperty(method("check", void.class))).isEmpty();
        for (String notAProperty : List.of("hashCode", "toString", "getClass", "clone")) {
            assertThat(strategy.getProperty(method(notAProperty, Object.class))).as(notAProperty).isEmpty();
        }
        assertThat(strategy.getGetterMethodNameCandidates("title")).containsExactly("title");
    }

    /** A validator of no constraint of this package. */
    static final class OtherValidator implements ConstraintValidator<jakarta.validation.constraints.NotNull, Object> {
        @Override
        public boolean isValid(Object value, jakarta.validation.ConstraintValidatorContext context) {
            return value != null;
        }
    }

    @Test
    void thePackagesValidatorsAreMadeDirectlyAndOthersByTheDefaultFactory() {
        List<Object> made = new ArrayList<>();
        List<Object> released = new ArrayList<>();
        OtherValidator other = new OtherValidator();
        ConstraintValidatorFactory defaults = new ConstraintValidatorFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                made.add(key);
                return (T) other;
            }

            @Override
            public void releaseInstance(ConstraintValidator<?, ?> instance) {
                released.add(instance);
            }
        };
        Validators.DirectFactory factory = new Validators.DirectFactory(defaults);
        assertThat(factory.getInstance(CleanText.Validator.class)).isInstanceOf(CleanText.Validator.class);
        assertThat(factory.getInstance(Slug.Validator.class)).isInstanceOf(Slug.Validator.class);
        assertThat(factory.getInstance(HttpsUrl.Validator.class)).isInstanceOf(HttpsUrl.Validator.class);
        assertThat(factory.getInstance(MaxLength.Validator.class)).isInstanceOf(MaxLength.Validator.class);
        assertThat(factory.getInstance(CleanText.Validator.class)).isNotSameAs(factory.getInstance(CleanText.Validator.class));
        assertThat(made).isEmpty();
        assertThat(factory.getInstance(OtherValidator.class)).isSameAs(other);
        assertThat(made).containsExactly(OtherValidator.class);
        Slug.Validator slug = new Slug.Validator();
        factory.releaseInstance(slug);
        assertThat(released).containsExactly(slug);
    }

    @Test
    void violationsCarryTheRulesNumbersAndFlagsAsParametersButNoText() {
        InvalidContentException e = assertInvalid(() -> Person.builder().id("a").name("x".repeat(129)).build());
        Violation violation = e.violations().get(0);
        assertThat(violation.messageKey()).isEqualTo("outreach.text.tooLong");
        assertThat(violation.parameters()).containsExactly(Map.entry("max", 128), Map.entry("multiline", false));
        assertThat(violation.message()).isEqualTo("must be at most 128 characters long");

        InvalidContentException min = assertInvalid(() -> episodeBuilder("e", 0).build());
        assertThat(min.violations().get(0).parameters()).containsExactly(Map.entry("value", 1L));
    }

    @Test
    void theElementsOfListsAndOptionalsAreReportedAtTheirPlace() {
        assertThat(assertInvalid(() -> episodeBuilder("e", 1).addPartnerIds("ok", "Not Ok").build()).violations())
                .extracting(Violation::pointer).containsExactly("/partnerIds/1");
        assertThat(assertInvalid(() -> eventBuilder("e").edition(0).build()).violations())
                .extracting(Violation::pointer).containsExactly("/edition");
        assertThat(assertInvalid(() -> Person.builder().id("a").name("A").honorificPrefix(" Dr.").build()).violations())
                .extracting(Violation::pointer).containsExactly("/honorificPrefix");
        assertThat(assertInvalid(() -> Fixtures.coverageBuilder().addAbout("a", "b", "C").build()).violations())
                .extracting(Violation::toString)
                .containsExactly("/about/2: must be a lowercase slug of letters, digits and single hyphens, at most 64 characters");
    }

    @Test
    void rulesAcrossPropertiesAreCheckedOnlyWhenEveryPropertyIsWellFormed() {
        // The end is before the start, but the identifier is bad: only the identifier is reported.
        InvalidContentException e = assertInvalid(() -> eventBuilder("Bad Id").start(Moment.ofDate(2022, 10, 7))
                .end(Moment.ofDate(2022, 10, 5)).build());
        assertThat(e.violations()).extracting(Violation::pointer).containsExactly("/id");
        assertThat(e.typeName()).isEqualTo("Event");
        InvalidContentException consistency = assertInvalid(() -> eventBuilder("wcce").start(Moment.ofDate(2022, 10, 7))
                .end(Moment.ofDate(2022, 10, 5)).build());
        assertThat(consistency.violations()).extracting(Violation::toString)
                .containsExactly("/end: must not be before the start");
    }

    @Test
    void propertyRulesCheckOneValueWithoutBuilding() {
        assertThat(PropertyRules.check(Episode.class, "number", 0)).extracting(Violation::toString)
                .containsExactly("/number: must be 1 or more");
        assertThat(PropertyRules.check(Episode.class, "number", 3)).isEmpty();
        assertThat(PropertyRules.check(Episode.class, "title", text("x".repeat(201)))).extracting(Violation::pointer)
                .containsExactly("/title");
        assertThat(PropertyRules.check(Person.class, "honorificPrefix", Optional.of(" Dr."))).hasSize(1);
        assertThatThrownBy(() -> PropertyRules.check(Person.class, "age", 40))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFactoryIsSetUpForThisModel() {
        try (ValidatorFactory factory = Validators.buildFactory()) {
            assertThat(factory.getMessageInterpolator()).isInstanceOf(ParameterMessageInterpolator.class);
            assertThat(factory.getConstraintValidatorFactory()).isInstanceOf(Validators.DirectFactory.class);
            assertThat(factory.getValidator().validateValue(Episode.class, "number", 0)).hasSize(1);
            assertThat(factory.getValidator().validateValue(Episode.class, "number", 1)).isEmpty();
        }
        assertThat(Validators.validator()).isSameAs(Validators.validator());
    }

    /** Properties that break two rules at once, a rule on a list and on its elements, and odd messages. */
    abstract static class AbstractOddities {
        @Slug
        @CleanText(max = 3)
        public abstract String code();

        @Size(max = 1, message = "{outreach.tags.tooMany}")
        public abstract List<@Slug String> tags();

        public abstract Set<@Slug String> names();

        @NotNull(message = "plain words")
        public abstract String plain();

        @NotNull(message = "{outreach.required} and more")
        public abstract String more();

        @NotNull(message = "see {outreach.required}")
        public abstract String see();
    }

    @Test
    void violationsAtOnePlaceAreOrderedByMessageKey() {
        assertThat(PropertyRules.check(AbstractOddities.class, "code", " AB ")).extracting(Violation::toString)
                .containsExactly("/code: must be a lowercase slug of letters, digits and single hyphens, at most 64 characters",
                        "/code: must not start or end with white space");
        assertThat(PropertyRules.check(AbstractOddities.class, "code", "ab")).isEmpty();
    }

    @Test
    void violationsAreOrderedByPlaceWithListIndexesAsNumbers() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tags.add(i == 2 || i == 10 || i == 11 ? "Bad" + i : "ok" + i);
        }
        List<Violation> violations = PropertyRules.check(AbstractOddities.class, "tags", tags);
        assertThat(violations).extracting(Violation::pointer).containsExactly("/tags", "/tags/2", "/tags/10", "/tags/11");
        // The list's own violation comes first, though its message key sorts after its elements'.
        assertThat(violations.get(0).messageKey()).isEqualTo("outreach.tags.tooMany");
        assertThat(violations.get(0).parameters()).containsOnly(Map.entry("min", 0), Map.entry("max", 1));

        InvalidContentException e = assertInvalid(() -> Fixtures.coverageBuilder().addAllAbout(tags).build());
        assertThat(e.violations()).extracting(Violation::pointer).containsExactly("/about/2", "/about/10", "/about/11");
        InvalidContentException two = assertInvalid(() -> episodeBuilder("Bad", 1).addPartnerIds("a", "B")
                .addEventIds("C").build());
        assertThat(two.violations()).extracting(Violation::pointer)
                .containsExactly("/eventIds/0", "/id", "/partnerIds/1");
    }

    @Test
    void theElementsOfOtherContainersAreReportedAtTheContainer() {
        assertThat(PropertyRules.check(AbstractOddities.class, "names", new TreeSet<>(List.of("a", "B", "C"))))
                .extracting(Violation::pointer).containsExactly("/names", "/names");
    }

    @Test
    void aMessageThatIsNoKeyIsKeptAsItIs() {
        assertThat(PropertyRules.check(AbstractOddities.class, "plain", null)).extracting(Violation::messageKey)
                .containsExactly("plain words");
        assertThat(PropertyRules.check(AbstractOddities.class, "more", null)).extracting(Violation::messageKey)
                .containsExactly("{outreach.required} and more");
        assertThat(PropertyRules.check(AbstractOddities.class, "see", null)).extracting(Violation::messageKey)
                .containsExactly("see {outreach.required}");
    }

    /** Named like a definition, but checked itself. */
    static final class AbstractStandalone {
        @NotNull(message = "{outreach.required}")
        public String name() {
            return null;
        }
    }

    /** Checked itself, under its own name. */
    static final class Standalone {
        @NotNull(message = "{outreach.required}")
        public String name() {
            return null;
        }
    }

    @Test
    void theTypeIsNamedWithoutTheAbstractPrefix() {
        assertThat(assertInvalid(() -> Validators.check(new AbstractStandalone())).typeName()).isEqualTo("Standalone");
        assertThat(assertInvalid(() -> Validators.check(new Standalone())).typeName()).isEqualTo("Standalone");
        assertThat(assertInvalid(() -> Validators.check(new Standalone())).violations()).extracting(Violation::toString)
                .containsExactly("/name: is required");
    }
}
