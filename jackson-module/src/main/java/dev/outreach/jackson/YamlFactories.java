package dev.outreach.jackson;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.outreach.format.ByteOrderMarks;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;

/** The hardened YAML factory; a class of its own so that YAML is loaded only when asked for. */
final class YamlFactories {

    private YamlFactories() {
    }

    static YAMLFactory hardened(StreamReadConstraints limits, int maxLength) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(maxLength);
        return YAMLFactory.builder()
                .loaderOptions(options)
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
        public InputStream decorate(IOContext context, InputStream in) throws IOException {
            return ByteOrderMarks.utf8(in);
        }

        @Override
        public InputStream decorate(IOContext context, byte[] bytes, int offset, int length) throws IOException {
            return ByteOrderMarks.utf8(new ByteArrayInputStream(bytes, offset, length));
        }

        @Override
        public Reader decorate(IOContext context, Reader reader) {
            return reader;
        }
    }
}
