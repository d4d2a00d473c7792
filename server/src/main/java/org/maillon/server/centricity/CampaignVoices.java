package org.maillon.server.centricity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.maillon.server.listening.Campaign;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.server.voice.TeamVoice;
import org.maillon.server.voice.TeamVoices;
import org.springframework.stereotype.Component;

/**
 * The voice of the teams that ran a campaign, which both the index and its evolution read: the
 * other teams have none, and reading the voice of thousands of teams for nothing would cost more
 * than the rest of the index.
 */
@Component
class CampaignVoices {

  private final ListeningService campaigns;
  private final TeamVoices voices;

  CampaignVoices(ListeningService campaigns, TeamVoices voices) {
    this.campaigns = campaigns;
    this.voices = voices;
  }

  /** By team id, the voice of every team of the model that ran a campaign. */
  Map<String, TeamVoice> byTeam(ValueChainIndex index) {
    Set<String> teams = new HashSet<>();
    for (Campaign campaign : campaigns.campaigns(null)) {
      if (index.isTeam(campaign.team())) {
        teams.add(campaign.team());
      }
    }
    Map<String, TeamVoice> voicesByTeam = new HashMap<>();
    teams.forEach(team -> voicesByTeam.put(team, voices.voice(team, null)));
    return voicesByTeam;
  }
}
