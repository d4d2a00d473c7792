package org.maillon.server.mail;

/**
 * A message to queue: its stable key (unique, and the source of its Message-ID, so that a receiver
 * can drop a double), the recipient and the language it is written in, its subject and its plain
 * text and HTML bodies.
 */
public record OutgoingMail(String key, String recipient, String language, String subject, String text,
    String html) {}
