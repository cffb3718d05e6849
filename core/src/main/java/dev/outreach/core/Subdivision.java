package dev.outreach.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An ISO 3166-2 subdivision code such as {@code ID-BA} (Bali).
 *
 * <p>For Indonesia the code must be one of the 38 provinces in force since the 2022 and 2023
 * updates, including the four Papua provinces created then ({@code ID-PS}, {@code ID-PT},
 * {@code ID-PE}, {@code ID-PD}). The seven geographical units that ISO 3166-2 also lists for
 * Indonesia ({@code ID-PP} Papua, {@code ID-JW} Jawa, ...) are not provinces and are refused.
 * The list is the library's own, since common data sets are out of date. For other countries
 * the code is checked for form: a valid country code, a hyphen, one to three letters or digits.
 */
public final class Subdivision {

    private static final Map<String, String> PROVINCES_OF_INDONESIA = provinces();
    private static final Set<String> GEOGRAPHICAL_UNITS_OF_INDONESIA =
            Set.of("ID-JW", "ID-KA", "ID-ML", "ID-NU", "ID-PP", "ID-SL", "ID-SM");
    private static final List<Subdivision> ALL_PROVINCES = allProvinces();

    private final String code;
    private final CountryCode country;
    private final String name;

    private Subdivision(String code, CountryCode country, String name) {
        this.code = code;
        this.country = country;
        this.name = name;
    }

    /**
     * @param code an ISO 3166-2 code such as {@code ID-BA}
     * @return the subdivision
     * @throws InvalidContentException if the code is malformed, of an unknown country, or, for
     *                                 Indonesia, not one of the 38 current provinces
     */
    public static Subdivision of(String code) {
        if (code == null || code.length() < 4 || code.length() > 6 || code.charAt(2) != '-') {
            throw Validators.invalid(Subdivision.class, "outreach.subdivision.invalid");
        }
        CountryCode country;
        try {
            country = CountryCode.of(code.substring(0, 2));
        } catch (InvalidContentException e) {
            throw Validators.invalid(Subdivision.class, "outreach.subdivision.invalid");
        }
        if (country.equals(CountryCode.INDONESIA)) {
            String name = PROVINCES_OF_INDONESIA.get(code);
            if (name != null) {
                return new Subdivision(code, country, name);
            }
            throw Validators.invalid(Subdivision.class, GEOGRAPHICAL_UNITS_OF_INDONESIA.contains(code)
                    ? "outreach.subdivision.notProvince"
                    : "outreach.subdivision.unknownProvince");
        }
        for (int i = 3; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                throw Validators.invalid(Subdivision.class, "outreach.subdivision.invalid");
            }
        }
        return new Subdivision(code, country, null);
    }

    /** @return the 38 provinces of Indonesia, in the order of ISO 3166-2:ID's regions, west to east */
    public static List<Subdivision> provincesOfIndonesia() {
        return ALL_PROVINCES;
    }

    /** @return the code, such as {@code ID-BA} */
    public String code() {
        return code;
    }

    /** @return the country the subdivision belongs to */
    public CountryCode country() {
        return country;
    }

    /** @return the Indonesian name of a province of Indonesia, such as {@code Bali}; empty elsewhere */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Subdivision && ((Subdivision) other).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** @return the code, such as {@code ID-BA} */
    @Override
    public String toString() {
        return code;
    }

    private static Map<String, String> provinces() {
        String[][] table = {
            // Sumatera
            {"ID-AC", "Aceh"}, {"ID-SU", "Sumatera Utara"}, {"ID-SB", "Sumatera Barat"},
            {"ID-RI", "Riau"}, {"ID-KR", "Kepulauan Riau"}, {"ID-JA", "Jambi"},
            {"ID-SS", "Sumatera Selatan"}, {"ID-BB", "Kepulauan Bangka Belitung"},
            {"ID-BE", "Bengkulu"}, {"ID-LA", "Lampung"},
            // Jawa
            {"ID-JK", "DKI Jakarta"}, {"ID-JB", "Jawa Barat"}, {"ID-BT", "Banten"},
            {"ID-JT", "Jawa Tengah"}, {"ID-YO", "DI Yogyakarta"}, {"ID-JI", "Jawa Timur"},
            // Nusa Tenggara
            {"ID-BA", "Bali"}, {"ID-NB", "Nusa Tenggara Barat"}, {"ID-NT", "Nusa Tenggara Timur"},
            // Kalimantan
            {"ID-KB", "Kalimantan Barat"}, {"ID-KT", "Kalimantan Tengah"},
            {"ID-KS", "Kalimantan Selatan"}, {"ID-KI", "Kalimantan Timur"}, {"ID-KU", "Kalimantan Utara"},
            // Sulawesi
            {"ID-SA", "Sulawesi Utara"}, {"ID-GO", "Gorontalo"}, {"ID-ST", "Sulawesi Tengah"},
            {"ID-SR", "Sulawesi Barat"}, {"ID-SN", "Sulawesi Selatan"}, {"ID-SG", "Sulawesi Tenggara"},
            // Maluku
            {"ID-MA", "Maluku"}, {"ID-MU", "Maluku Utara"},
            // Papua: ID-PS, ID-PT and ID-PE since 2022, ID-PD since 2023
            {"ID-PA", "Papua"}, {"ID-PB", "Papua Barat"}, {"ID-PS", "Papua Selatan"},
            {"ID-PT", "Papua Tengah"}, {"ID-PE", "Papua Pegunungan"}, {"ID-PD", "Papua Barat Daya"},
        };
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] row : table) {
            map.put(row[0], row[1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private static List<Subdivision> allProvinces() {
        List<Subdivision> list = new ArrayList<>(PROVINCES_OF_INDONESIA.size());
        PROVINCES_OF_INDONESIA.forEach((code, name) -> list.add(new Subdivision(code, CountryCode.INDONESIA, name)));
        return Collections.unmodifiableList(list);
    }
}
