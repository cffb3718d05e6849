package dev.outreach.examples;

import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.InvalidContentException;
import dev.outreach.jackson.InvalidDocumentException;
import dev.outreach.jackson.OutreachJson;
import dev.outreach.samples.KemluSpace;
import java.util.Locale;

/**
 * Run by {@link ModulePathTest} in a JVM where the library is on the module path: builds,
 * validates, writes and reads the article, and prints what it saw.
 */
public final class ModulePathProbe {

    private ModulePathProbe() {
    }

    /**
     * @param args none
     * @throws Exception if anything fails, which the test sees as a non-zero exit
     */
    public static void main(String[] args) throws Exception {
        var mapper = OutreachJson.hardenedMapper();
        String json = mapper.writeValueAsString(KemluSpace.dossier());
        System.out.println("module " + Episode.class.getModule().getName());
        System.out.println("module " + OutreachJson.class.getModule().getName());
        System.out.println("round trip " + mapper.readValue(json, Dossier.class).equals(KemluSpace.dossier()));
        try {
            Episode.builder().id("Bad").number(1).build();
        } catch (InvalidContentException e) {
            System.out.println(e.getMessage(Locale.forLanguageTag("id")).lines().skip(1).findFirst().orElseThrow());
        }
        try {
            mapper.readValue("{\"id\": \"x\"}", dev.outreach.core.Person.class);
        } catch (InvalidDocumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
