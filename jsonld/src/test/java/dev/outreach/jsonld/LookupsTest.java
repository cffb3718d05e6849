package dev.outreach.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outreach.core.Event;
import dev.outreach.samples.KemluSpace;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the writer finds by identifier, and what it says when it does not. */
class LookupsTest {

    @Test
    void aLargerEventIsFoundThroughTheLookupAndAMissingOneIsNamed() {
        Event wcce = KemluSpace.wcce();
        assertThat(Lookups.largerEvent(wcce, wcce.relations().get(0), KemluSpace.dossier()::event))
                .isEqualTo(KemluSpace.g20());
        String refused = "Event \"wcce-2022\" is side-event-of \"g20-2022\", which the given events do not include";
        assertThatThrownBy(() -> Lookups.largerEvent(wcce, wcce.relations().get(0), id -> Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(refused);
        // A lookup that answers null instead of an empty Optional is taken as finding nothing.
        assertThatThrownBy(() -> Lookups.largerEvent(wcce, wcce.relations().get(0), id -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(refused);
    }

    @Test
    void aSubjectIsAProgramAnEpisodeOrAnEvent() {
        assertThat(Lookups.subject("kemlu-space", RichContent.dossier())).isEqualTo(KemluSpace.program());
        assertThat(Lookups.subject("second-episode", RichContent.dossier())).isEqualTo(RichContent.episode());
        assertThat(Lookups.subject("online-forum", RichContent.dossier())).isEqualTo(RichContent.onlineEvent());
        assertThatThrownBy(() -> Lookups.subject("nothing", RichContent.dossier()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the coverage is about \"nothing\", which is no program, episode or event of the given"
                        + " dossier");
    }

    @Test
    void anEpisodeMustBeOneOfItsProgramsAndItsPartnersAreThePrograms() {
        assertThatThrownBy(() -> Lookups.requireEpisodeOf(RichContent.episode(), KemluSpace.program()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("episode \"second-episode\" is not an episode of program \"kemlu-space\"");
        assertThat(Lookups.partners(RichContent.episode(), RichContent.program()))
                .containsExactlyElementsOf(RichContent.program().partners());
    }
}
