package dev.outreach.format;

import static dev.outreach.format.OutreachFormatTest.format;
import static dev.outreach.format.OutreachFormatTest.read;
import static dev.outreach.format.OutreachFormatTest.violations;
import static dev.outreach.format.OutreachFormatTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.CountryCode;
import dev.outreach.core.Organization;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.Person;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An organization's parent, an organization in the organization's own format: read at most
 * {@link Organization#MAX_PARENTS} levels up, described to schema visitors that deep, and a
 * mission's host country.
 */
class ParentOrganizationFormatTest {

    /** An organization with {@code parents} organizations above it, each the parent of the one before. */
    static String withParents(int parents) {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i <= parents; i++) {
            json.append("{'id': 'o").append(i).append("', 'name': {'id': 'O'}, 'kind': 'ministry'")
                    .append(i < parents ? ", 'parentOrganization': " : "");
        }
        return json.append("}".repeat(parents + 1)).toString();
    }

    @Test
    void readsAMissionWithItsHostCountryAndParentAndWritesItBack() throws IOException {
        Organization kbri = read(Organization.class, "{'id': 'kbri-tokyo', 'name': {'id': 'KBRI Tokyo'},"
                + " 'kind': 'diplomatic-mission', 'hostCountry': 'JP', 'parentOrganization': {'id': 'kemlu',"
                + " 'name': {'id': 'Kementerian Luar Negeri'}, 'kind': 'ministry'}}");

        assertThat(kbri.kind()).isEqualTo(OrganizationKind.DIPLOMATIC_MISSION);
        assertThat(kbri.hostCountry()).contains(CountryCode.of("JP"));
        assertThat(kbri.parentOrganization().map(Organization::id)).contains("kemlu");
        assertThat(write(Organization.class, kbri, false)).isEqualTo("{\"id\":\"kbri-tokyo\",\"name\":{\"id\":"
                + "\"KBRI Tokyo\"},\"kind\":\"diplomatic-mission\",\"hostCountry\":\"JP\",\"parentOrganization\":"
                + "{\"id\":\"kemlu\",\"name\":{\"id\":\"Kementerian Luar Negeri\"},\"kind\":\"ministry\"}}");
    }

    @Test
    void readsEightParentsAndReportsANinthOnceAtTheLowestOrganization() throws IOException {
        Organization eight = read(Organization.class, withParents(Organization.MAX_PARENTS));
        assertThat(eight.parentOrganization()).isPresent();

        assertThat(violations(Organization.class, withParents(Organization.MAX_PARENTS + 1)))
                .containsExactly("/parentOrganization: must not have more than 8 organizations above it");
        assertThat(violations(Person.class, "{'id': 'p', 'name': 'P', 'affiliation': " + withParents(50) + "}"))
                .containsExactly("/affiliation/parentOrganization: must not have more than 8 organizations above it");
    }

    @Test
    void reportsAnOrganizationAboveItselfWhereTheModelDoes() throws IOException {
        assertThat(violations(Organization.class, "{'id': 'kemlu', 'name': {'id': 'K'}, 'kind': 'ministry',"
                + " 'parentOrganization': {'id': 'kemlu', 'name': {'id': 'K'}, 'kind': 'ministry'}}"))
                .containsExactly("/parentOrganization/id: must not be the organization itself, directly or further up");
    }

    @Test
    void describesParentsAsDeepAsAReaderTakesThem() {
        List<FormatProperty> level = format(Organization.class).properties();
        for (int parents = 0; parents < Organization.MAX_PARENTS; parents++) {
            FormatProperty parent = level.get(level.size() - 1);
            assertThat(parent.name()).as("level %d", parents).isEqualTo("parentOrganization");
            assertThat(parent.object()).isTrue();
            assertThat(parent.type()).isEqualTo(Organization.class);
            level = parent.properties();
        }
        assertThat(level).extracting(FormatProperty::name).doesNotContain("parentOrganization").contains("hostCountry");

        List<FormatProperty> person = format(Person.class).properties();
        FormatProperty affiliation = person.get(person.size() - 1);
        assertThat(affiliation.properties().get(affiliation.properties().size() - 1).name())
                .isEqualTo("parentOrganization");
    }
}
