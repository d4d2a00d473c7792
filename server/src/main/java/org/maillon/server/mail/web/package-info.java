/** The outbox's page for admins ({@code /mail/outbox}): what waits, what was sent, what failed and why. */
package org.maillon.server.mail.web;
