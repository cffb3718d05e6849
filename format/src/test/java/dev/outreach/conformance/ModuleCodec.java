package dev.outreach.conformance;

import dev.outreach.core.Violation;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * What the shared conformance suites need of a Jackson module: its hardened mappers, for JSON
 * and YAML, and a way to tell its exceptions apart. Each Jackson module's tests implement it
 * once and run every suite of this package against it, so that both modules are held to the
 * same cases.
 */
public interface ModuleCodec {

    /** Reads a document. */
    @FunctionalInterface
    interface Reader {
        /**
         * @param document the document's bytes
         * @param type     the model type to read
         * @return the value read
         * @throws Exception whatever the mapper throws
         */
        Object read(byte[] document, Class<?> type) throws Exception;
    }

    /** Reads a document from a stream. */
    @FunctionalInterface
    interface StreamReader {
        /**
         * @param document the document
         * @param type     the model type to read
         * @return the value read
         * @throws Exception whatever the mapper throws
         */
        Object read(InputStream document, Class<?> type) throws Exception;
    }

    /** Reads and writes values of any type, generic ones ({@code List<Episode>}) given as a {@link Type}. */
    interface Mapper {
        /**
         * @param document the document's bytes
         * @param type     the type to read
         * @return the value read
         * @throws Exception whatever the mapper throws
         */
        Object read(byte[] document, Type type) throws Exception;

        /**
         * @param value the value
         * @param type  the type to write it as (Jackson's {@code writerFor})
         * @return the value written
         * @throws Exception whatever the mapper throws
         */
        byte[] write(Object value, Type type) throws Exception;

        /**
         * @param value the value, written as its runtime type
         * @return the value written
         * @throws Exception whatever the mapper throws
         */
        byte[] write(Object value) throws Exception;
    }

    /** @return the module's hardened JSON mapper, for any type */
    Mapper hardened();

    /**
     * @return an application's own JSON mapper with the module, built anew for each call (so
     *         that each call sets the module up again), unknown properties rejected
     */
    Mapper fresh();

    /**
     * @param typeIdAsProperty whether type ids are asked for as a property ({@code "@class"})
     *                         rather than in Jackson's default wrapper array
     * @return a mapper on {@code OutreachJson.hardenedBuilder(false)} with the module and default
     *         typing ({@code NON_FINAL}) allowing {@code dev.outreach.} and {@code java.util.}
     */
    Mapper defaultTyping(boolean typeIdAsProperty);

    /**
     * @param type      a type
     * @param declining whether the visitor takes no details of any kind but the top object (its
     *                  {@code expect...} methods give null, as those of a visitor that wants less)
     * @return what Jackson's schema visitors ({@code acceptJsonFormatVisitor}) are told of it, as a
     *         tree: {@code {"type": "object", "properties": {...}, "required": [...]}},
     *         {@code {"type": "array", "items": {...}}}, {@code {"type": "string"}} (with
     *         {@code "enum"} or {@code "format"} when given), {@code {"type": "integer"}},
     *         {@code {"type": "integer", "numberType": "INT"}}, {@code {"type": "any"}}
     * @throws Exception whatever the mapper throws
     */
    Map<String, Object> schemaOf(Type type, boolean declining) throws Exception;

    /** @return the module's {@code OutreachJson} class */
    Class<?> outreachJson();

    /** @return the module's name, for test names and messages */
    String name();

    /** @return the module's hardened JSON mapper, {@code OutreachJson.hardenedMapper()} */
    Reader json();

    /** @return the module's hardened JSON mapper, reading from a stream */
    StreamReader jsonStream();

    /** @return {@code OutreachJson.hardenedMapper(true)}, which skips unknown properties */
    StreamReader jsonIgnoringUnknownProperties();

    /**
     * @return an application's own JSON mapper: the module registered, Jackson's default read
     *         limits, unknown properties rejected
     */
    StreamReader plainJsonStream();

    /**
     * @param json a JSON document as text (a {@code String}, already decoded)
     * @param type the model type to read
     * @return it read by the hardened JSON mapper
     * @throws Exception whatever the mapper throws
     */
    Object readJsonText(String json, Class<?> type) throws Exception;

    /** @return the longest string Jackson reads by default (its {@code StreamReadConstraints}) */
    int defaultMaxStringLength();

    /** @return the longest property name Jackson reads by default */
    int defaultMaxNameLength();

    /**
     * @param thrown what a read threw
     * @return whether it is Jackson's {@code StreamConstraintsException}, a read limit exceeded
     */
    boolean isLimitException(Throwable thrown);

    /** @return the module's hardened YAML mapper, {@code OutreachJson.hardenedYamlMapper()} */
    Reader yaml();

    /**
     * @param value a model value
     * @return it written by the hardened JSON mapper
     * @throws Exception whatever the mapper throws
     */
    byte[] writeJson(Object value) throws Exception;

    /**
     * @param value a model value
     * @return it written by the hardened YAML mapper
     * @throws Exception whatever the mapper throws
     */
    String writeYaml(Object value) throws Exception;

    /**
     * @param value a model value
     * @return it written by a YAML mapper that writes as few quotes as it can ({@code MINIMIZE_QUOTES})
     * @throws Exception whatever the mapper throws
     */
    String writeYamlMinimizingQuotes(Object value) throws Exception;

    /**
     * @param json a JSON document
     * @return it read by the hardened JSON mapper as plain Java values (maps, lists, strings,
     *         numbers, booleans, null), for tests that change documents as trees
     * @throws Exception if it is not JSON
     */
    Object readPlainJson(byte[] json) throws Exception;

    /**
     * @param yaml a YAML document
     * @return it read by the hardened YAML mapper as plain Java values
     * @throws Exception if it is not YAML
     */
    Object readPlainYaml(byte[] yaml) throws Exception;

    /**
     * @param plain plain Java values, as {@link #readPlainJson(byte[])} gives them
     * @return them written as JSON by the hardened mapper
     * @throws Exception if they cannot be written
     */
    byte[] writePlainJson(Object plain) throws Exception;

    /**
     * Builds two mappers on one factory, hardens one of them with {@code OutreachJson.harden},
     * and returns the other: it must keep the factory's own limits.
     *
     * @return the mapper that was not hardened, with the module registered
     */
    Reader otherMapperOnAFactoryShared();

    /**
     * @param thrown what a read threw
     * @return the violations when it is the module's {@code InvalidDocumentException}, else null
     */
    List<Violation> violations(Throwable thrown);

    /**
     * @param thrown what a read threw
     * @return whether it is Jackson's own exception (a {@code JsonProcessingException} or
     *         {@code JacksonException}) and not the module's, as for input that is no document
     */
    boolean isJacksonException(Throwable thrown);
}
