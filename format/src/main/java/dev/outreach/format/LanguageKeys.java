package dev.outreach.format;

import dev.outreach.core.BilingualText;
import dev.outreach.core.InvalidContentException;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.PropertyRules;
import dev.outreach.core.Violation;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of a {@link BilingualText} other than its declared {@code id} and {@code en}: any
 * language tag, read with {@link LanguageTag#of(String)} so that {@code in} is {@code id}. One
 * key per language after canonicalising ({@code in} beside {@code id}, or {@code ja} beside
 * {@code JA}, is a duplicate), at most {@value BilingualText#MAX_LANGUAGES} languages in all;
 * each problem is reported at the key's own JSON Pointer. Written after Indonesian and English,
 * in the order of their tags.
 */
final class LanguageKeys implements ObjectFormat.OpenKeys<BilingualText.Builder, BilingualText> {

    @Override
    public String declared(String key) {
        if (key.length() > 3 || key.isEmpty()) {
            return null; // id, en and in are the only keys that name a declared property
        }
        try {
            LanguageTag tag = LanguageTag.of(key);
            return LanguageTag.INDONESIAN.equals(tag) || LanguageTag.ENGLISH.equals(tag) ? tag.toString() : null;
        } catch (InvalidContentException e) {
            return null;
        }
    }

    @Override
    public ObjectFormat.OpenKeyReader<BilingualText.Builder> reader() {
        return new Reader();
    }

    @Override
    public void write(BilingualText value, TokenWriter generator) throws IOException {
        Map<LanguageTag, String> others = value.others();
        if (others.isEmpty()) {
            return; // Indonesian and English only, the common case: no list of languages to build
        }
        List<LanguageTag> languages = value.languages();
        for (int i = 0, n = languages.size(); i < n; i++) {
            LanguageTag language = languages.get(i);
            String text = others.get(language);
            if (text != null) { // not Indonesian or English, which are written as declared properties
                generator.name(language.toString());
                LanguageText.write(text, LanguageText.direction(value, language), generator);
            }
        }
    }

    /** The other languages of one object, as they are read. */
    private static final class Reader implements ObjectFormat.OpenKeyReader<BilingualText.Builder> {
        /** Each language's {@code String} or {@code LanguageText}, as {@link LanguageText#read} gives it. */
        private final Map<LanguageTag, Object> others = new LinkedHashMap<>();
        private boolean tooMany;

        @Override
        public boolean read(String key, Token token, TokenReader parser, ReadContext context, int declared)
                throws IOException {
            if (tooMany) {
                parser.skipChildren();
                return false;
            }
            LanguageTag tag = MapKeys.read(Codecs.LANGUAGE, key, parser.location(), context);
            if (tag == null) {
                parser.skipChildren();
                return false;
            }
            if (others.containsKey(tag)) {
                context.report(parser, "outreach.document.duplicateProperty");
                parser.skipChildren();
                return false;
            }
            if (declared + others.size() >= BilingualText.MAX_LANGUAGES) {
                // Reported once, at the first language too many; the rest are skipped unread.
                context.report(parser, "outreach.text.tooManyLanguages", Map.of("max", BilingualText.MAX_LANGUAGES));
                tooMany = true;
                parser.skipChildren();
                return false;
            }
            if (token == Token.NULL) {
                context.report(parser, "outreach.document.null");
                return false;
            }
            Object text = LanguageText.read(parser, context);
            if (text == null) {
                return false;
            }
            // The rules of every language's text are Indonesian's: checked here, so that they are
            // reported even when something else keeps the text from being built.
            List<Violation> problems = PropertyRules.check(BilingualText.class, "indonesian",
                    Optional.of(LanguageText.textOf(text)));
            if (!problems.isEmpty()) {
                List<Object> location = parser.location();
                context.reportAll(location.subList(0, location.size() - 1), problems, name -> key);
                return false;
            }
            others.put(tag, text);
            return true;
        }

        @Override
        public void apply(BilingualText.Builder builder) {
            others.forEach((tag, text) -> LanguageText.applyTo(text, builder, tag));
        }
    }
}
