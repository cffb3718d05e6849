/**
 * Outreach content in a Spring Boot 3 (Jackson 2) application: the auto-configuration and the
 * converter of Outreach bodies.
 */
package dev.outreach.boot3;
