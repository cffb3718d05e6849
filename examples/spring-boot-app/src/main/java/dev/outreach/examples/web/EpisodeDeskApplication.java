package dev.outreach.examples.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A ministry's episode desk: a web application that keeps the episodes of its programs and
 * gives them to its portal. Nothing in it is about JSON: the starter reads and writes the
 * episodes, refuses invalid ones with a problem detail naming every mistake, and describes them in
 * {@code /v3/api-docs} when springdoc is added.
 */
@SpringBootApplication
public class EpisodeDeskApplication {

    /** @param args the application's arguments */
    public static void main(String[] args) {
        SpringApplication.run(EpisodeDeskApplication.class, args);
    }
}
