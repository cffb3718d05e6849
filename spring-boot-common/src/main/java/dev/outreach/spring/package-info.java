/**
 * What the two Outreach Spring Boot starters share: the {@code outreach.*} properties, the RFC
 * 9457 problem details of Outreach bodies that cannot be read, and the shipped JSON Schema in
 * springdoc's OpenAPI document. Applications depend on {@code outreach-spring-boot-starter-3} or
 * {@code -4}, which bring it.
 */
package dev.outreach.spring;
