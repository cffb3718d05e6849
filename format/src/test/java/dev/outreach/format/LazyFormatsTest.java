package dev.outreach.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each type's format is created when first used, and is the one {@link Formats#ALL} names: a
 * reader of one type creates the formats of that type and of the values inside it only.
 */
class LazyFormatsTest {

    @Test
    void theLazyFormatsAreTheFormatsOfAllInItsOrder() {
        assertThat(Formats.Lazily.TYPES).hasSameSizeAs(Formats.ALL);
        for (int i = 0; i < Formats.ALL.size(); i++) {
            assertThat(Formats.Lazily.format(i)).as("format %d", i).isSameAs(Formats.ALL.get(i));
            assertThat(Formats.Lazily.format(i).type()).isEqualTo(Formats.Lazily.TYPES.get(i));
        }
        assertThatThrownBy(() -> Formats.Lazily.format(Formats.ALL.size()))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Formats.Lazily.format(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void usingTheFormatOfEpisodesCreatesOnlyTheFormatsOfAnEpisodesValues() throws Exception {
        // A class loader of its own, so that no other test has created any format in it yet.
        try (Isolated loader = new Isolated()) {
            Class<?> outreachFormat = loader.loadClass(OutreachFormat.class.getName());
            List<?> all = (List<?>) outreachFormat.getMethod("all").invoke(null);
            assertThat(loader.created()).isEmpty();

            Object episode = all.stream()
                    .filter(format -> format.toString().equals("OutreachFormat[Episode]"))
                    .findFirst().orElseThrow();
            assertThat(outreachFormat.getMethod("isObject").invoke(episode)).isEqualTo(true);
            assertThat(loader.created()).isEmpty();

            List<?> names = (List<?>) outreachFormat.getMethod("propertyNames").invoke(episode);
            assertThat(new ArrayList<Object>(names)).contains("quotes");
            assertThat(loader.created()).containsExactlyInAnyOrder("BilingualText", "Organization", "Person",
                    "Speaker", "Quote", "Recording", "Episode");
            // Formats itself may be loaded (the holders' nest host) but is not initialised: its
            // constants would have created every format.
        }
    }

    /** Loads the format's and core's classes itself, and says which it has loaded. */
    private static final class Isolated extends URLClassLoader {

        Isolated() throws MalformedURLException {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        private static URL[] classPath() throws MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(new File(entry).toURI().toURL());
            }
            return urls.toArray(new URL[0]);
        }

        /** @return the types whose format holder is loaded (a holder is loaded only to create its format) */
        List<String> created() {
            List<String> created = new ArrayList<>();
            for (Class<?> type : Formats.Lazily.TYPES) {
                if (findLoadedClass(Formats.class.getName() + "$" + type.getSimpleName() + "Format") != null) {
                    created.add(type.getSimpleName());
                }
            }
            return created;
        }
    }
}
