package org.maillon.server.teams.picker;

import java.util.List;

/**
 * What a page's team picker shows (templates' {@code fragments/parts :: teamPicker}): a select of
 * {@code options} when the user may pick among few teams, else a text input holding {@code text} whose
 * suggestions come from {@code /pick/teams?scope=}; and the problem with what was typed, if any.
 *
 * @param options every team pickable, when they are few; null when they are many
 * @param chosen the id of the team picked, or null
 * @param text what the input shows: the picked team's name, or what was typed when it matched none
 * @param scope the scope's code, for the suggestions' link
 * @param problem why what was typed names no team, translated; null when it does or nothing was typed
 */
public record TeamChoice(List<Option> options, String chosen, String text, String scope, String problem) {

  /** A team as a select offers it. */
  public record Option(String id, String label) {}

  /** Whether the picker is a plain select. */
  public boolean few() {
    return options != null;
  }
}
