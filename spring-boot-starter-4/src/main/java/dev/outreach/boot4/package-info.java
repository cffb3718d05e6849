/**
 * Outreach content in a Spring Boot 4 (Jackson 3) application: the auto-configuration and the
 * converter of Outreach bodies.
 */
package dev.outreach.boot4;
