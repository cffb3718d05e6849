package dev.outreach.core;

/** Small valid values and complete builders, for tests that change one thing at a time. */
final class Fixtures {

    private Fixtures() {
    }

    static BilingualText text(String english) {
        return BilingualText.english(english);
    }

    static Organization organization(String id) {
        return organizationBuilder(id).build();
    }

    static Organization.Builder organizationBuilder(String id) {
        return Organization.builder()
                .id(id)
                .name(BilingualText.indonesian("Organisasi " + id))
                .kind(OrganizationKind.MINISTRY);
    }

    static Person person(String id) {
        return personBuilder(id).build();
    }

    static Person.Builder personBuilder(String id) {
        return Person.builder().id(id).name("Orang " + id);
    }

    static Speaker guest(String personId) {
        return Speaker.of(person(personId), SpeakerRole.GUEST);
    }

    static Quote quote(String speakerId) {
        return quoteBuilder(speakerId).build();
    }

    static Quote.Builder quoteBuilder(String speakerId) {
        return Quote.builder()
                .speakerId(speakerId)
                .text(BilingualText.indonesian("Kata-kata " + speakerId))
                .language(LanguageTag.INDONESIAN);
    }

    static Episode episode(String id, int number) {
        return episodeBuilder(id, number).build();
    }

    static Episode.Builder episodeBuilder(String id, int number) {
        return Episode.builder().id(id).number(number).title(text("Episode " + number));
    }

    static Program.Builder programBuilder(String id) {
        return Program.builder()
                .id(id)
                .name(text("Program " + id))
                .organizer(organization("kemlu"))
                .platform(Platform.X_SPACES);
    }

    static Event event(String id) {
        return eventBuilder(id).build();
    }

    static Event.Builder eventBuilder(String id) {
        return Event.builder().id(id).name(text("Event " + id));
    }

    static Coverage.Builder coverageBuilder() {
        return Coverage.builder().outlet("DEAL JAKARTA").language(LanguageTag.INDONESIAN);
    }

    static Commentary.Builder commentaryBuilder(String commentatorId) {
        return Commentary.builder().commentator(person(commentatorId));
    }
}
