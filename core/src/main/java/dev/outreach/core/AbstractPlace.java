package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an event takes place (schema.org Place with a PostalAddress): as much as the source
 * says, down from the country. "Bali" is the province {@code ID-BA} in {@code ID}, with no
 * city invented.
 */
@Value.Immutable
abstract class AbstractPlace implements Consistent {

    /** @return the name of the venue or place, such as Bali Nusa Dua Convention Center */
    public abstract Optional<@Published @MaxLength(max = 200) BilingualText> name();

    /** @return the city or town (schema.org addressLocality) */
    public abstract Optional<@CleanText(max = 100) String> locality();

    /** @return the ISO 3166-2 subdivision, such as {@code ID-BA}; in {@link #country()} */
    public abstract Optional<Subdivision> subdivision();

    /** @return the ISO 3166-1 country */
    @NotNull(message = "{outreach.required}")
    public abstract CountryCode country();

    /**
     * @param subdivision a subdivision
     * @return a place in that subdivision and its country
     */
    public static Place in(Subdivision subdivision) {
        return Place.builder().subdivision(subdivision).country(subdivision.country()).build();
    }

    @Value.Check
    final void check() {
        Validators.check(this);
    }

    @Override
    public void checkConsistency(Problems problems) {
        if (subdivision().isPresent() && !subdivision().get().country().equals(country())) {
            problems.report("outreach.place.subdivisionOutsideCountry", "subdivision");
        }
    }

    /** The methods that {@link Place.Builder} adds for plain values. */
    public abstract static class Builder {

        Builder() {
        }

        /**
         * @param subdivision the ISO 3166-2 subdivision
         * @return this builder
         */
        public abstract Place.Builder subdivision(Subdivision subdivision);

        /**
         * @param country the ISO 3166-1 country
         * @return this builder
         */
        public abstract Place.Builder country(CountryCode country);

        /**
         * @param subdivision the ISO 3166-2 code of the subdivision, such as {@code ID-BA}
         * @return this builder
         * @throws InvalidContentException at {@code subdivision} if the code is not a known subdivision
         */
        public final Place.Builder subdivision(String subdivision) {
            return subdivision(Plain.<String, Subdivision>value(Place.class, "subdivision", Subdivision::of,
                    subdivision));
        }

        /**
         * @param country the ISO 3166-1 alpha-2 code of the country, such as {@code ID}
         * @return this builder
         * @throws InvalidContentException at {@code country} if the code is not an assigned country code
         */
        public final Place.Builder country(String country) {
            return country(Plain.<String, CountryCode>value(Place.class, "country", CountryCode::of,
                    country));
        }
    }
}
