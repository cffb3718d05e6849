/**
 * schema.org JSON-LD for Outreach content: {@link dev.outreach.jsonld.JsonLdWriter} turns
 * programs, episodes, events, coverage and dossiers into documents for search engines, and
 * {@link dev.outreach.jsonld.IncompleteEventException} reports an event that lacks what an Event
 * rich result requires.
 */
package dev.outreach.jsonld;
