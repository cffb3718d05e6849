package dev.outreach.jackson3;

import dev.outreach.format.ByteOrderMarks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.io.InputDecorator;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The hardened YAML factory; a class of its own so that YAML is loaded only when asked for. */
final class YamlFactories {

    private YamlFactories() {
    }

    static YAMLFactory hardened(StreamReadConstraints limits, int maxLength) {
        LoadSettings settings = LoadSettings.builder()
                .setCodePointLimit(maxLength)
                .build();
        return YAMLFactory.builder()
                .loadSettings(settings)
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .inputDecorator(new Utf8Input())
                .build();
    }

    static YAMLMapper hardenedMapper(YAMLFactory factory, boolean ignoreUnknownProperties) {
        return OutreachJson.harden(YAMLMapper.builder(factory), ignoreUnknownProperties)
                .addModule(new OutreachModule()).build();
    }

    /** Gives the YAML parser, which takes bytes as UTF-8, UTF-16 and UTF-32 input as UTF-8. */
    private static final class Utf8Input extends InputDecorator {
        private static final long serialVersionUID = 1L;

        @Override
        public InputStream decorate(IOContext context, InputStream in) {
            try {
                return ByteOrderMarks.utf8(in);
            } catch (IOException e) {
                throw JacksonIOException.construct(e);
            }
        }

        @Override
        public InputStream decorate(IOContext context, byte[] bytes, int offset, int length) {
            return decorate(context, new ByteArrayInputStream(bytes, offset, length));
        }

        @Override
        public Reader decorate(IOContext context, Reader reader) {
            return reader;
        }
    }
}
