package dev.outreach.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What core is built on and what it leaves out: no Jackson, no Jakarta EL, and a validation
 * that never walks into a value's children.
 */
class ArchitectureTest {

    @ParameterizedTest
    @ValueSource(strings = {"com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.core.JsonFactory",
        "tools.jackson.databind.ObjectMapper"})
    void hasNoJacksonOnTheClassPath(String className) {
        assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jakarta.el.ExpressionFactory", "javax.el.ExpressionFactory",
        "org.glassfish.expressly.ExpressionFactoryImpl", "com.sun.el.ExpressionFactoryImpl"})
    void hasNoExpressionLanguageOnTheClassPath(String className) {
        assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void requiresOnlyJakartaValidationAndHibernateValidator() throws IOException, URISyntaxException {
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classesDirectory().resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }

        Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires = module.requires().stream()
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED))
                .collect(Collectors.toMap(ModuleDescriptor.Requires::name, ModuleDescriptor.Requires::modifiers));
        assertThat(module.name()).isEqualTo("dev.outreach.core");
        assertThat(requires).containsOnlyKeys("jakarta.validation", "org.hibernate.validator",
                "org.immutables.value.annotations");
        assertThat(requires.get("org.immutables.value.annotations"))
                .as("Immutables' annotations are read by compilers only, never at run time")
                .contains(ModuleDescriptor.Requires.Modifier.STATIC);
        assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("dev.outreach.core");
    }

    @Test
    void everyGeneratedTypeIsPublicAndFinalAndItsAbstractTypeIsNot() throws Exception {
        for (Class<?> type : generatedTypes()) {
            assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", type).isTrue();
            assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type).isTrue();
            assertThat(Modifier.isPublic(type.getSuperclass().getModifiers()))
                    .as("%s is package-private", type.getSuperclass()).isFalse();
        }
    }

    @Test
    void handWrittenValueTypesAreFinal() {
        for (Class<?> type : List.of(LanguageTag.class, CountryCode.class, Subdivision.class, Moment.class,
                Violation.class, InvalidContentException.class)) {
            assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type).isTrue();
        }
    }

    @Test
    void findsEveryGeneratedType() throws Exception {
        assertThat(generatedTypes()).contains(BilingualText.class, Commentary.class, Coverage.class, Dossier.class,
                Episode.class, Event.class, EventRelation.class, Organization.class, Partner.class, Person.class,
                Place.class, Program.class, Quote.class, Speaker.class);
    }

    @Test
    void noConstraintCascadesIntoAChild() throws Exception {
        List<String> cascaded = new ArrayList<>();
        for (Class<?> type : generatedTypes()) {
            cascaded.addAll(cascadedProperties(type));
        }

        assertThat(cascaded).as("properties validated again as part of their parent").isEmpty();
    }

    /** A type that does cascade, to show that {@link #cascadedProperties} finds a cascade. */
    static final class Cascading {
        @Valid
        public Episode episode() {
            return null;
        }

        public List<@Valid Speaker> speakers() {
            return List.of();
        }
    }

    @Test
    void detectsACascadeWhereThereIsOne() {
        assertThat(cascadedProperties(Cascading.class)).containsExactlyInAnyOrder("Cascading.episode",
                "Cascading.speakers<0>");
    }

    @Test
    void seesTheConstraintsOfAccessorsNamedLikeProperties() {
        BeanDescriptor episode = Validators.validator().getConstraintsForClass(Episode.class);

        assertThat(episode.getConstrainedProperties()).extracting(PropertyDescriptor::getPropertyName)
                .contains("id", "number", "title", "url", "speakers", "quotes", "partnerIds", "eventIds");
        assertThat(episode.getConstraintsForProperty("id").getConstraintDescriptors()).hasSize(2);
    }

    @Test
    void sharesOneValidator() {
        assertThat(Validators.validator()).isSameAs(Validators.validator());
    }

    /** The properties and container elements of {@code type} that Hibernate Validator cascades into. */
    private static List<String> cascadedProperties(Class<?> type) {
        List<String> cascaded = new ArrayList<>();
        BeanDescriptor bean = Validators.validator().getConstraintsForClass(type);
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            String name = type.getSimpleName() + "." + property.getPropertyName();
            if (property.isCascaded()) {
                cascaded.add(name);
            }
            collectCascadedElements(name, property.getConstrainedContainerElementTypes(), cascaded);
        }
        return cascaded;
    }

    private static void collectCascadedElements(String owner, Set<ContainerElementTypeDescriptor> elements,
            List<String> cascaded) {
        for (ContainerElementTypeDescriptor element : elements) {
            String name = owner + "<" + element.getTypeArgumentIndex() + ">";
            if (element.isCascaded()) {
                cascaded.add(name);
            }
            collectCascadedElements(name, element.getConstrainedContainerElementTypes(), cascaded);
        }
    }

    /** The public classes that Immutables generated, one for each {@code AbstractX} in the package. */
    /** @return every type Immutables generates from an {@code Abstract*} definition, by name */
    static List<Class<?>> generatedTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path packageDirectory = classesDirectory().resolve("dev/outreach/core");
        List<String> abstractNames;
        try (Stream<Path> files = Files.list(packageDirectory)) {
            abstractNames = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("Abstract") && name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .sorted()
                    .collect(Collectors.toList());
        }
        List<Class<?>> types = new ArrayList<>();
        for (String abstractName : abstractNames) {
            Class<?> type = Class.forName("dev.outreach.core." + abstractName.substring("Abstract".length()));
            assertThat(type.getSuperclass().getSimpleName()).isEqualTo(abstractName);
            types.add(type);
        }
        return types;
    }

    static Path classesDirectory() throws URISyntaxException {
        return Path.of(Episode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
