package org.maillon.server.pulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillon.server.pulse.TeamPulse;

class PulsePageControllerTests {

  @Test
  void listsEveryAskedTeamAndOthersUpToTheLimitInIdOrder() {
    List<TeamPulse> teams = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int invitations = i == 250 ? 4 : 0;
      int responses = i == 290 ? 1 : 0;
      teams.add(new TeamPulse(String.format("t%03d", i), "Team " + i, 5, invitations, responses, null, null, null,
          true, null));
    }
    List<String> listed = PulsePageController.listed(teams).stream().map(TeamPulse::team).toList();
    assertThat(listed).hasSize(PulsePageController.LISTED).contains("t250", "t290").isSorted();
    assertThat(listed.subList(0, 198)).isEqualTo(teams.subList(0, 198).stream().map(TeamPulse::team).toList());
    assertThat(PulsePageController.listed(teams.subList(0, 20))).hasSize(20);
  }
}
