/**
 * Writes the Outreach model as schema.org JSON-LD: programs as PodcastSeries, episodes as
 * PodcastEpisode, events as Event (checked against what Google's Event rich results require),
 * coverage as NewsArticle. Documents are built as Jackson trees.
 */
module dev.outreach.jsonld {
    requires transitive dev.outreach.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;

    exports dev.outreach.jsonld;
}
