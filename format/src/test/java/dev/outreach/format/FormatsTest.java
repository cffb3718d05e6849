package dev.outreach.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.BilingualText;
import dev.outreach.core.Coded;
import dev.outreach.core.CountryCode;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.Moment;
import dev.outreach.core.Subdivision;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * What must follow when core gains a model type or a code list: a format in {@link Formats},
 * listed in {@link Formats#ALL}, a table in the docs and a {@code $defs} entry in the schema (the
 * last two are checked by {@link DocsTablesTest} and {@link SchemaGeneratorTest}, both over
 * {@code Formats.ALL}), and an {@link OutreachFormat} for every code list.
 */
class FormatsTest {

    @Test
    void everyModelTypeOfCoreHasAFormat() throws Exception {
        List<Class<?>> types = Formats.ALL.stream().<Class<?>>map(ObjectFormat::type).collect(Collectors.toList());
        assertThat(types).as("the types of Formats.ALL").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(modelTypes());
    }

    @Test
    void everyFormatInFormatsIsInAll() throws IllegalAccessException {
        List<Object> declared = new ArrayList<>();
        for (Field field : Formats.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ObjectFormat.class) {
                declared.add(field.get(null));
            }
        }
        assertThat(declared).hasSameSizeAs(Formats.ALL);
        assertThat(new ArrayList<Object>(Formats.ALL)).as("Formats.ALL").containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void everyTypeAndCodeListHasAPublicFormat() throws Exception {
        List<Class<?>> expected = new ArrayList<>(modelTypes());
        expected.addAll(List.of(Moment.class, LanguageTag.class, CountryCode.class, Subdivision.class));
        expected.addAll(codeLists());
        assertThat(OutreachFormat.all().stream().<Class<?>>map(OutreachFormat::type).collect(Collectors.toList()))
                .as("the types of OutreachFormat.all()").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void findsTheTypesOfCore() throws Exception {
        assertThat(modelTypes()).contains(BilingualText.class, dev.outreach.core.ReachReport.class)
                .hasSize(Formats.ALL.size());
        assertThat(codeLists()).contains(dev.outreach.core.Scope.class, dev.outreach.core.EventStatus.class)
                .doesNotContain(Coded.class);
    }

    /** @return the types Immutables generates in core, one for each {@code Abstract*} definition */
    static List<Class<?>> modelTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        for (String name : coreClassNames()) {
            if (name.startsWith("Abstract")) {
                types.add(Class.forName("dev.outreach.core." + name.substring("Abstract".length())));
            }
        }
        return types;
    }

    /** @return the code lists of core: its enums written as codes */
    static List<Class<?>> codeLists() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> lists = new ArrayList<>();
        for (String name : coreClassNames()) {
            Class<?> type = Class.forName("dev.outreach.core." + name);
            if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
                lists.add(type);
            }
        }
        return lists;
    }

    /** @return the simple names of the top-level classes of core's package, from its directory or jar */
    private static List<String> coreClassNames() throws IOException, URISyntaxException {
        Path location = Path.of(BilingualText.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> entries;
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve("dev/outreach/core"))) {
                entries = files.map(file -> file.getFileName().toString()).collect(Collectors.toList());
            }
        } else {
            try (ZipFile jar = new ZipFile(location.toFile())) {
                entries = Collections.list(jar.entries()).stream().map(entry -> entry.getName())
                        .filter(name -> name.startsWith("dev/outreach/core/") && name.indexOf('/', 18) < 0)
                        .map(name -> name.substring(18)).collect(Collectors.toList());
            }
        }
        return entries.stream().filter(name -> name.endsWith(".class") && !name.contains("$")
                && !name.equals("package-info.class") && !name.equals("module-info.class"))
                .map(name -> name.substring(0, name.length() - ".class".length())).sorted()
                .collect(Collectors.toList());
    }
}
