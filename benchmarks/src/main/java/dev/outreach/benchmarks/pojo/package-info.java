/**
 * The first baseline: plain mutable classes mirroring the JSON of an episode, read and written
 * by a plain Jackson {@code ObjectMapper} with no validation at all. Dates, language tags and
 * URLs stay strings, so this baseline does less work than the module (which parses them).
 */
package dev.outreach.benchmarks.pojo;
