/**
 * Writes the Outreach model as schema.org JSON-LD: programs as PodcastSeries, episodes as
 * PodcastEpisode, events as Event (checked against what Google's Event rich results require),
 * coverage as NewsArticle. Documents are written as text, safe to embed in a web page; the
 * module needs no JSON library.
 */
module dev.outreach.jsonld {
    requires transitive dev.outreach.core;

    exports dev.outreach.jsonld;
}
