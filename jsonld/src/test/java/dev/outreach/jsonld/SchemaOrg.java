package dev.outreach.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema.org types the writer emits, each with its parent type and its own properties, and
 * a walker that reports every property an emitted object has but its type does not define.
 *
 * <p>Each list is the "Properties from T" table of the type's page on schema.org, the URL given
 * with it. They were copied from the per-type listings that the pydantic_schemaorg project
 * generates from schema.org's vocabulary (each listing names the same schema.org URL), and the
 * properties of Role and PerformanceRole from schema.org's PerformanceRole page. A type inherits
 * its parent's properties; Thing's are inherited by all. A property that schema.org adds later
 * is not allowed here until it is added to a list.
 *
 * <p>Where a list is marked "partial", only the type's properties that the writer could
 * plausibly use were copied; a property missing from a partial list makes the test fail, and
 * the fix is to check the type's page and add it.
 */
final class SchemaOrg {

    private SchemaOrg() {
    }

    /** A schema.org type: its parent (null for Thing) and its own properties. */
    record Type(String parent, Set<String> properties) {
    }

    static final Map<String, Type> TYPES = Map.ofEntries(
            // https://schema.org/Thing
            Map.entry("Thing", new Type(null, Set.of(
                    "additionalType", "alternateName", "description", "disambiguatingDescription",
                    "identifier", "image", "mainEntityOfPage", "name", "potentialAction", "sameAs",
                    "subjectOf", "url"))),
            // https://schema.org/CreativeWork
            Map.entry("CreativeWork", new Type("Thing", Set.of(
                    "about", "abstract", "accessMode", "accessModeSufficient", "accessibilityAPI",
                    "accessibilityControl", "accessibilityFeature", "accessibilityHazard",
                    "accessibilitySummary", "accountablePerson", "acquireLicensePage", "aggregateRating",
                    "alternativeHeadline", "archivedAt", "assesses", "associatedMedia", "audience", "audio",
                    "author", "award", "awards", "character", "citation", "comment",
                    "conditionsOfAccess", "contentLocation", "contentRating", "contentReferenceTime",
                    "contributor", "copyrightHolder", "copyrightNotice", "copyrightYear", "correction",
                    "countryOfOrigin", "creativeWorkStatus", "creator", "creditText", "dateCreated",
                    "dateModified", "datePublished", "discussionUrl", "editEIDR", "editor",
                    "educationalAlignment", "educationalLevel", "educationalUse", "encoding",
                    "encodingFormat", "encodings", "exampleOfWork", "expires", "fileFormat", "funder",
                    "genre", "hasPart", "headline", "inLanguage", "interactionStatistic",
                    "interactivityType", "interpretedAsClaim", "isAccessibleForFree", "isBasedOn",
                    "isBasedOnUrl", "isFamilyFriendly", "isPartOf", "keywords", "learningResourceType",
                    "license", "locationCreated", "mainEntity", "maintainer", "material", "materialExtent",
                    "mentions", "offers", "pattern", "position", "producer", "provider", "publication",
                    "publisher", "publisherImprint", "publishingPrinciples", "recordedAt", "releasedEvent",
                    "review", "reviews", "schemaVersion", "sdDatePublished", "sdLicense", "sdPublisher",
                    "size", "sourceOrganization", "spatial", "spatialCoverage", "sponsor", "teaches",
                    "temporal", "temporalCoverage", "text", "thumbnailUrl", "timeRequired",
                    "translationOfWork", "translator", "typicalAgeRange", "usageInfo", "version", "video",
                    "workExample", "workTranslation"))),
            // https://schema.org/CreativeWorkSeries (also a Series, which adds no property)
            Map.entry("CreativeWorkSeries", new Type("CreativeWork", Set.of("endDate", "issn", "startDate"))),
            // https://schema.org/PodcastSeries
            Map.entry("PodcastSeries", new Type("CreativeWorkSeries", Set.of("actor", "webFeed"))),
            // https://schema.org/Episode
            Map.entry("Episode", new Type("CreativeWork", Set.of(
                    "actor", "actors", "director", "directors", "duration", "episodeNumber", "musicBy",
                    "partOfSeason", "partOfSeries", "productionCompany", "trailer"))),
            // https://schema.org/PodcastEpisode (adds no property of its own)
            Map.entry("PodcastEpisode", new Type("Episode", Set.of())),
            // https://schema.org/Quotation
            Map.entry("Quotation", new Type("CreativeWork", Set.of("spokenByCharacter"))),
            // https://schema.org/Comment
            Map.entry("Comment", new Type("CreativeWork", Set.of("downvoteCount", "parentItem", "upvoteCount"))),
            // https://schema.org/Article
            Map.entry("Article", new Type("CreativeWork", Set.of(
                    "articleBody", "articleSection", "backstory", "pageEnd", "pageStart", "pagination",
                    "speakable", "wordCount"))),
            // https://schema.org/NewsArticle
            Map.entry("NewsArticle", new Type("Article", Set.of(
                    "dateline", "printColumn", "printEdition", "printPage", "printSection"))),
            // https://schema.org/Event
            Map.entry("Event", new Type("Thing", Set.of(
                    "about", "actor", "aggregateRating", "attendee", "attendees", "audience", "composer",
                    "contributor", "director", "doorTime", "duration", "endDate", "eventAttendanceMode",
                    "eventSchedule", "eventStatus", "funder", "inLanguage", "isAccessibleForFree",
                    "location", "maximumAttendeeCapacity", "maximumPhysicalAttendeeCapacity",
                    "maximumVirtualAttendeeCapacity", "offers", "organizer", "performer", "performers",
                    "previousStartDate", "recordedIn", "remainingAttendeeCapacity", "review", "sponsor",
                    "startDate", "subEvent", "subEvents", "superEvent", "translator", "typicalAgeRange",
                    "workFeatured", "workPerformed"))),
            // https://schema.org/PublicationEvent
            Map.entry("PublicationEvent", new Type("Event", Set.of("free", "publishedBy", "publishedOn"))),
            // https://schema.org/BroadcastEvent
            Map.entry("BroadcastEvent", new Type("PublicationEvent", Set.of(
                    "broadcastOfEvent", "isLiveBroadcast", "subtitleLanguage", "videoFormat"))),
            // https://schema.org/MediaObject (partial)
            Map.entry("MediaObject", new Type("CreativeWork", Set.of("associatedArticle", "bitrate", "contentSize",
                    "contentUrl", "duration", "embedUrl", "encodesCreativeWork", "encodingFormat", "endTime",
                    "height", "playerType", "requiresSubscription", "startTime", "uploadDate", "width"))),
            // https://schema.org/AudioObject
            Map.entry("AudioObject", new Type("MediaObject", Set.of("caption", "embeddedTextCaption", "transcript"))),
            // https://schema.org/DigitalDocument
            Map.entry("DigitalDocument", new Type("CreativeWork", Set.of("hasDigitalDocumentPermission"))),
            // https://schema.org/Intangible (adds no property of its own)
            Map.entry("Intangible", new Type("Thing", Set.of())),
            // https://schema.org/Service (partial: none of its own properties is emitted)
            Map.entry("Service", new Type("Intangible", Set.of())),
            // https://schema.org/BroadcastService
            Map.entry("BroadcastService", new Type("Service", Set.of(
                    "area", "broadcastAffiliateOf", "broadcastDisplayName", "broadcastFrequency",
                    "broadcastTimezone", "broadcaster", "callSign", "hasBroadcastChannel", "inLanguage",
                    "parentService", "videoFormat"))),
            // https://schema.org/Role (a Role also takes the property it stands in for: see below)
            Map.entry("Role", new Type("Intangible", Set.of("endDate", "roleName", "startDate"))),
            // https://schema.org/PerformanceRole
            Map.entry("PerformanceRole", new Type("Role", Set.of("characterName"))),
            // https://schema.org/Person (partial: contact, family and commercial properties omitted)
            Map.entry("Person", new Type("Thing", Set.of(
                    "additionalName", "address", "affiliation", "alumniOf", "award", "awards", "birthDate",
                    "birthPlace", "colleague", "contactPoint", "email", "familyName", "gender", "givenName",
                    "hasOccupation", "honorificPrefix", "honorificSuffix", "jobTitle", "knowsAbout",
                    "knowsLanguage", "memberOf", "nationality", "telephone", "workLocation", "worksFor"))),
            // https://schema.org/Organization (partial: policy, commercial and staffing properties omitted)
            Map.entry("Organization", new Type("Thing", Set.of(
                    "address", "areaServed", "contactPoint", "department", "email", "foundingDate",
                    "knowsAbout", "knowsLanguage", "legalName", "location", "logo", "member", "memberOf",
                    "parentOrganization", "publishingPrinciples", "slogan", "subOrganization", "telephone"))),
            // https://schema.org/GovernmentOrganization (adds no property of its own)
            Map.entry("GovernmentOrganization", new Type("Organization", Set.of())),
            // https://schema.org/NewsMediaOrganization
            Map.entry("NewsMediaOrganization", new Type("Organization", Set.of(
                    "actionableFeedbackPolicy", "correctionsPolicy", "diversityPolicy",
                    "diversityStaffingReport", "ethicsPolicy", "masthead", "missionCoveragePrioritiesPolicy",
                    "noBylinesPolicy", "ownershipFundingInfo", "unnamedSourcesPolicy",
                    "verificationFactCheckingPolicy"))),
            // https://schema.org/ResearchOrganization (adds no property of its own)
            Map.entry("ResearchOrganization", new Type("Organization", Set.of())),
            // https://schema.org/NGO (adds no property of its own)
            Map.entry("NGO", new Type("Organization", Set.of())),
            // https://schema.org/EducationalOrganization (partial: what it takes from CivicStructure omitted)
            Map.entry("EducationalOrganization", new Type("Organization", Set.of("alumni"))),
            // https://schema.org/Country (adds no property of its own)
            Map.entry("Country", new Type("AdministrativeArea", Set.of())),
            // https://schema.org/Place (partial: geometry relations and amenities omitted)
            Map.entry("Place", new Type("Thing", Set.of(
                    "additionalProperty", "address", "containedInPlace", "containsPlace", "event", "geo",
                    "hasMap", "isAccessibleForFree", "latitude", "logo", "longitude",
                    "maximumAttendeeCapacity", "photo", "publicAccess", "slogan", "telephone"))),
            // https://schema.org/AdministrativeArea (adds no property of its own)
            Map.entry("AdministrativeArea", new Type("Place", Set.of())),
            // https://schema.org/VirtualLocation (adds no property of its own)
            Map.entry("VirtualLocation", new Type("Intangible", Set.of())),
            // https://schema.org/StructuredValue (adds no property of its own)
            Map.entry("StructuredValue", new Type("Intangible", Set.of())),
            // https://schema.org/ContactPoint
            Map.entry("ContactPoint", new Type("StructuredValue", Set.of(
                    "areaServed", "availableLanguage", "contactOption", "contactType", "email", "faxNumber",
                    "hoursAvailable", "productSupported", "serviceArea", "telephone"))),
            // https://schema.org/PostalAddress
            Map.entry("PostalAddress", new Type("ContactPoint", Set.of(
                    "addressCountry", "addressLocality", "addressRegion", "postOfficeBoxNumber", "postalCode",
                    "streetAddress"))));

    /** @return whether {@code type} is {@code ancestor} or descends from it */
    static boolean isA(String type, String ancestor) {
        for (String t = type; t != null; t = TYPES.get(t).parent()) {
            if (t.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** @return every property the type defines or inherits */
    static Set<String> properties(String type) {
        Set<String> all = new HashSet<>();
        for (String t = type; t != null; t = TYPES.get(t).parent()) {
            all.addAll(TYPES.get(t).properties());
        }
        return all;
    }

    /**
     * Walks a document and lists every problem: an object whose {@code @type} is not one of
     * {@link #TYPES}, a property its type does not define, or a typeless object with anything
     * but JSON-LD keywords (a language value or an {@code @id} reference).
     *
     * <p>schema.org's Role pattern: a Role placed under a property (say {@code actor}) carries
     * the real value under that same property, so a Role also takes the property it is under.
     *
     * @param document a document
     * @return the problems, as {@code /json/pointer: text}; empty when every property is defined
     */
    static List<String> undefinedProperties(JsonNode document) {
        List<String> problems = new ArrayList<>();
        walk(document, "", null, problems);
        return problems;
    }

    private static void walk(JsonNode node, String pointer, String underProperty, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, underProperty, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode typeNode = node.get("@type");
        String type = typeNode == null ? null : typeNode.asText();
        if (type != null && !TYPES.containsKey(type)) {
            problems.add(pointer + ": @type " + type + " is not a schema.org type this test knows");
            return;
        }
        Set<String> allowed = type == null ? Set.of() : properties(type);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            String at = pointer + "/" + name;
            if (name.startsWith("@")) {
                if (!Set.of("@context", "@type", "@id", "@value", "@language", "@graph").contains(name)) {
                    problems.add(at + ": " + name + " is not a JSON-LD keyword the writer uses");
                }
            } else if (type == null) {
                problems.add(at + ": a property on an object without @type");
            } else if (!allowed.contains(name) && !(isA(type, "Role") && name.equals(underProperty))) {
                problems.add(at + ": " + name + " is not a property of schema.org/" + type);
            }
            walk(field.getValue(), at, name, problems);
        }
    }
}
