/**
 * Actions: what someone of the model will do about something the diagnosis shows (a finding, an
 * overdue link, a voice theme, a follow-up, an index fix), by when, and where it stands — so that a
 * finding is followed, not only read. This package alone names the {@code actions} table. Who may
 * create and change an action follows the team-scoped rights of
 * {@link org.maillon.server.teams.TeamLeadership}; whether an action's source is still shown is
 * computed when it is read, against the current diagnosis ({@link org.maillon.server.actions.SourceCheck}).
 * Its rules on the status and the due day are plain values ({@link org.maillon.server.actions.Action}),
 * free of any framework. See docs/actions.md.
 */
package org.maillon.server.actions;
