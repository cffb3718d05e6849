package dev.outreach.core;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Indonesia's three time zones. They are ordinary UTC offsets (no daylight saving time), so a
 * time given as "19.00 WIB" is {@code 19:00+07:00}.
 */
public enum IndonesianTimeZone {
    /** Waktu Indonesia Barat, UTC+7: Sumatera, Jawa (Jakarta), West and Central Kalimantan. */
    WIB(7, "Asia/Jakarta"),
    /** Waktu Indonesia Tengah, UTC+8: Bali, Nusa Tenggara, Sulawesi, the rest of Kalimantan. */
    WITA(8, "Asia/Makassar"),
    /** Waktu Indonesia Timur, UTC+9: Maluku and Papua. */
    WIT(9, "Asia/Jayapura");

    private final ZoneOffset offset;
    private final ZoneId zone;

    IndonesianTimeZone(int hours, String zone) {
        this.offset = ZoneOffset.ofHours(hours);
        this.zone = ZoneId.of(zone);
    }

    /** @return the UTC offset, such as {@code +07:00} for WIB */
    public ZoneOffset offset() {
        return offset;
    }

    /** @return a representative IANA zone, such as {@code Asia/Jakarta} for WIB */
    public ZoneId zone() {
        return zone;
    }
}
