/**
 * Notices to team leads by email: a link of their team overdue for listening, an action they own
 * falling due, and, for accounts that ask for it, a weekly digest of their teams. Each cause gives
 * one message ever: its key is written in {@code sent_notices} (this package alone names that
 * table) in the transaction that queues the message in the outbox. A lead's address is the
 * {@code email} of their person in the model; a lead without one gets nothing, and the job's log
 * counts them. See docs/email.md.
 */
package org.maillon.server.notices;
