package dev.outreach.core;

/** What kind of body an organization is. */
public enum OrganizationKind implements Coded {
    /** A ministry of a national government, such as Kemlu or Kemenparekraf. */
    MINISTRY("ministry"),
    /** Any other government body, national or regional. */
    GOVERNMENT_AGENCY("government-agency"),
    /** A news outlet: online, print, radio or television. */
    MEDIA("media"),
    /** A research or policy institute. */
    THINK_TANK("think-tank"),
    /** A non-governmental or community organization. */
    CIVIL_SOCIETY("civil-society"),
    /** A university or school. */
    ACADEMIC("academic"),
    /** A company or business association. */
    BUSINESS("business"),
    /** An international organization or forum. */
    INTERNATIONAL("international"),
    /**
     * A country's diplomatic mission abroad: an embassy (KBRI), a consulate (KJRI) or a permanent
     * mission to an international organization (PTRI). It names its host country.
     */
    DIPLOMATIC_MISSION("diplomatic-mission");

    private final String code;

    OrganizationKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * @param code a stable code such as {@code "ministry"}
     * @return the constant with that code
     * @throws InvalidContentException if no constant has that code
     */
    public static OrganizationKind fromCode(String code) {
        return Coded.fromCode(OrganizationKind.class, code);
    }
}
