package dev.outreach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The classes Immutables generates are left out of JaCoCo's coverage and PIT's mutations by
 * name, in core's pom.xml: Immutables marks them with no annotation either tool could skip them
 * by that does not leak to applications ({@code org.immutables.value.Generated} would make every
 * compiler with {@code -Xlint:all -Werror} fail on the missing annotation class). So the two
 * lists must name exactly the generated types, {@code X} and its nested {@code X$*} classes for
 * every {@code AbstractX}: a model type added without them fails here, as does a name left behind.
 */
class GeneratedClassesExclusionTest {

    @Test
    void jacocoAndPitLeaveOutExactlyTheGeneratedClasses() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        List<String> jacoco = new ArrayList<>();
        List<String> pit = new ArrayList<>();
        for (Class<?> type : ArchitectureTest.generatedTypes()) {
            String path = type.getName().replace('.', '/');
            jacoco.add(path + ".class");
            jacoco.add(path + "$*.class");
            pit.add(type.getName());
            pit.add(type.getName() + "$*");
        }
        assertThat(pluginList(pom, "jacoco-maven-plugin", "excludes"))
                .as("JaCoCo's <excludes> in core/pom.xml: add X.class and X$*.class for a new AbstractX")
                .containsExactlyInAnyOrderElementsOf(jacoco);
        assertThat(pluginList(pom, "pitest-maven", "excludedClasses"))
                .as("PIT's <excludedClasses> in core/pom.xml: add X and X$* for a new AbstractX")
                .containsExactlyInAnyOrderElementsOf(pit);
    }

    /** @return the entries of the list {@code listName} in the configuration of the build plugin */
    private static List<String> pluginList(Document pom, String artifactId, String listName) {
        List<String> entries = new ArrayList<>();
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (!artifactId.equals(plugin.getElementsByTagName("artifactId").item(0).getTextContent().trim())) {
                continue;
            }
            NodeList lists = plugin.getElementsByTagName(listName);
            for (int j = 0; j < lists.getLength(); j++) {
                NodeList children = lists.item(j).getChildNodes();
                for (int k = 0; k < children.getLength(); k++) {
                    if (children.item(k) instanceof Element) {
                        entries.add(children.item(k).getTextContent().trim());
                    }
                }
            }
        }
        return entries;
    }
}
