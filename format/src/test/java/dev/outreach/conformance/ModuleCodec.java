package dev.outreach.conformance;

import dev.outreach.core.Violation;
import java.util.List;

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

    /** @return the module's name, for test names and messages */
    String name();

    /** @return the module's hardened JSON mapper, {@code OutreachJson.hardenedMapper()} */
    Reader json();

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
