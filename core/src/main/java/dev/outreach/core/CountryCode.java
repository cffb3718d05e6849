package dev.outreach.core;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code such as {@code ID}, as listed by the running JDK. */
public final class CountryCode {

    private static final Set<String> CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    /** Indonesia, {@code ID}. */
    public static final CountryCode INDONESIA = new CountryCode("ID");

    private final String code;

    private CountryCode(String code) {
        this.code = code;
    }

    /**
     * @param code two uppercase letters assigned by ISO 3166-1
     * @return the country code
     * @throws InvalidContentException if the code is not an assigned ISO 3166-1 alpha-2 code
     */
    public static CountryCode of(String code) {
        // The assigned codes are two uppercase letters: any other text is not among them.
        if (code == null || !CODES.contains(code)) {
            throw Validators.invalid(CountryCode.class, "outreach.country.invalid");
        }
        return "ID".equals(code) ? INDONESIA : new CountryCode(code);
    }

    /** @return the two-letter code */
    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountryCode && ((CountryCode) other).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** @return the two-letter code */
    @Override
    public String toString() {
        return code;
    }
}
