package dev.outreach.jackson3;

import dev.outreach.format.OutreachFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module that reads and writes every Outreach type in the Outreach JSON format
 * (described in {@code docs/json-format.md}, with a JSON Schema from {@link OutreachJson#schema()}):
 * the same documents as the Jackson 2 module {@code dev.outreach.jackson.OutreachModule}.
 *
 * <p>Register it by hand, or let {@code MapperBuilder.findAndAddModules()} find it:
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new OutreachModule()).build();
 * Episode episode = mapper.readValue(bytes, Episode.class);
 * String json = mapper.writeValueAsString(episode);
 * }</pre>
 *
 * <p>A read either returns a valid value or throws one (unchecked) {@link InvalidDocumentException}
 * listing every violation with its JSON Pointer. Unknown properties are violations while the
 * mapper has {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} on, and are skipped when
 * it is off: Jackson 3's default is off (Jackson 2's was on), so enable it, or use
 * {@link OutreachJson#hardenedMapper()}, to have them reported. The module works with any
 * format Jackson reads as tokens, YAML among them.
 *
 * <p>The types written as strings ({@code LanguageTag}, {@code CountryCode}, {@code Subdivision},
 * {@code Moment} and the coded enums) are map keys too, written as the same text; a bad key is
 * a violation at its JSON Pointer. Values go into polymorphic containers and {@code Object}
 * properties of a mapper with default typing, and the serializers describe each type to
 * Jackson's schema visitors ({@code acceptJsonFormatVisitor}) as the format writes it.
 *
 * <p>An archive too large for memory is read and written one value at a time with Jackson's
 * own streaming API; the values may be a JSON array or newline-delimited JSON:
 * <pre>{@code
 * try (MappingIterator<Episode> episodes = mapper.readerFor(Episode.class).readValues(in)) {
 *     while (episodes.hasNext()) {
 *         Episode episode = episodes.next();   // one at a time; throws for an invalid one
 *     }
 * }
 * try (SequenceWriter out = mapper.writerFor(Episode.class)
 *         .withRootValueSeparator("\n").writeValues(stream)) {
 *     out.write(episode);                   // newline-delimited JSON
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the {@code withX} methods return new modules.
 */
public final class OutreachModule extends JacksonModule {

    private static final Version VERSION = readVersion();
    private static final Set<Class<?>> TYPES = OutreachFormat.all().stream()
            .map(OutreachFormat::type)
            .collect(Collectors.toUnmodifiableSet());

    private final Locale messageLocale;
    private final boolean formatVersionWritten;

    /** A module with English messages that writes the format version at the root of documents. */
    public OutreachModule() {
        this(Locale.ENGLISH, true);
    }

    private OutreachModule(Locale messageLocale, boolean formatVersionWritten) {
        this.messageLocale = messageLocale;
        this.formatVersionWritten = formatVersionWritten;
    }

    /**
     * @param locale the language of the messages of {@link InvalidDocumentException#getMessage()}:
     *               Indonesian for {@code id}, English otherwise
     * @return a module with that message language
     */
    public OutreachModule withMessageLocale(Locale locale) {
        return new OutreachModule(Objects.requireNonNull(locale, "locale"), formatVersionWritten);
    }

    /**
     * @param written whether to write {@code "outreachFormat": "1.1"} first in each document's
     *                root object (on by default; readers never require it)
     * @return a module with that setting
     */
    public OutreachModule withFormatVersionWritten(boolean written) {
        return new OutreachModule(messageLocale, written);
    }

    /** @return the language of exception messages */
    public Locale messageLocale() {
        return messageLocale;
    }

    /** @return whether the format version is written at the root of documents */
    public boolean formatVersionWritten() {
        return formatVersionWritten;
    }

    /**
     * @return every model type this module reads and writes, such as {@code Episode} and
     *         {@code Dossier}: for frameworks that treat Outreach values apart from others
     */
    public Set<Class<?>> types() {
        return TYPES;
    }

    @Override
    public String getModuleName() {
        return "outreach";
    }

    /** @return the Maven version of {@code outreach-jackson3} */
    @Override
    public Version version() {
        return VERSION;
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        SimpleSerializers keySerializers = new SimpleSerializers();
        SimpleKeyDeserializers keyDeserializers = new SimpleKeyDeserializers();
        for (OutreachFormat<?> format : OutreachFormat.all()) {
            add(format, serializers, deserializers);
            if (!format.isObject()) {
                addKey(format, keySerializers, keyDeserializers);
            }
        }
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
        context.addKeySerializers(keySerializers);
        context.addKeyDeserializers(keyDeserializers);
    }

    private <T> void add(OutreachFormat<T> format, SimpleSerializers serializers,
            SimpleDeserializers deserializers) {
        serializers.addSerializer(format.type(), new ModelSerializer<>(format, formatVersionWritten));
        deserializers.addDeserializer(format.type(), new ModelDeserializer<>(format, messageLocale));
    }

    /** A type written as a string is a map key too, written as the same text. */
    private <T> void addKey(OutreachFormat<T> format, SimpleSerializers keySerializers,
            SimpleKeyDeserializers keyDeserializers) {
        keySerializers.addSerializer(format.type(), new ModelKeySerializer<>(format));
        keyDeserializers.addDeserializer(format.type(), new ModelKeyDeserializer<>(format, messageLocale));
    }

    /**
     * @return the same id for every instance, so a mapper holds one {@code OutreachModule}: in
     *         Jackson 3 the one added last replaces any added before (add a configured module
     *         after {@code findAndAddModules()}, not before); Jackson 2 kept the first
     */
    @Override
    public Object getRegistrationId() {
        return OutreachModule.class.getName();
    }

    private static Version readVersion() {
        Properties properties = new Properties();
        try (InputStream in = OutreachModule.class.getResourceAsStream("outreach-jackson3.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return VersionUtil.parseVersion(properties.getProperty("version", "0.0.0"), "dev.outreach",
                "outreach-jackson3");
    }

    @Override
    public String toString() {
        return "OutreachModule[messageLocale=" + messageLocale + ", formatVersionWritten=" + formatVersionWritten
                + "]";
    }
}
