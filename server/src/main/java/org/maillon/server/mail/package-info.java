/**
 * Email: an outbox table that other modules write in the same transaction as the cause of a
 * message ({@link org.maillon.server.mail.Outbox}), and a worker that sends it through the SMTP
 * server of the settings ({@code maillon.mail.*}), with retries and backoff, so that a message is
 * neither lost nor, but for the window docs/email.md describes, doubled. This module is the only
 * one whose SQL names {@code mail_outbox}; it knows nothing of what it sends. Admins read the
 * outbox at {@code /api/mail/outbox} and {@code /mail/outbox}.
 */
package org.maillon.server.mail;
