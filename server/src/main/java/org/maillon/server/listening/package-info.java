/**
 * Listening, the fifth action: a supplier team listens to its customers, internal and final, so
 * that their voice, not the team's own rules, steers its work. A campaign asks its customers a few
 * questions (NPS, CSAT, free text) through single-use links; a logged conversation counts as
 * listening too. This module writes campaigns, invitations, anonymous responses and conversations,
 * and is the only one whose SQL names their tables. Other modules call
 * {@link org.maillon.server.listening.ListeningService} (campaigns, responses, conversations, the
 * state of the data) and read results through its read ports:
 * {@link org.maillon.server.listening.CustomerListening} (voice, regular listening) and
 * {@link org.maillon.server.listening.PulseResponses} (pulse). Invitations are never linked to
 * responses: a respondent stays anonymous. With an SMTP server set, it also emails invitations
 * and reminders to contacts ({@link org.maillon.server.listening.MailInvitations}) through the
 * mail module's outbox; a contact is cut from its invitation when the invitation is used.
 */
package org.maillon.server.listening;
