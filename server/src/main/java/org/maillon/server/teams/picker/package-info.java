/**
 * The team picker every form that names a team uses: a plain select of the teams the user may pick
 * when the organisation has few, else a text input where a name or an id is typed, with suggestions
 * ({@code GET /pick/teams}) drawn from the same teams, so that no page lists a hundred thousand teams.
 * The server accepts a name or an id and says, translated, when neither matches. Named as the teams
 * module's interface, since the forms of other modules use it.
 */
@NamedInterface("picker")
package org.maillon.server.teams.picker;

import org.springframework.modulith.NamedInterface;
