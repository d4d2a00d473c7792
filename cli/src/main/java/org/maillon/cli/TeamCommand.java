package org.maillon.cli;

import java.util.concurrent.Callable;
import org.maillon.card.Cards;
import org.maillon.card.TeamCard;
import org.maillon.model.Team;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code maillon team}: a team card, its suppliers and customers, duties and requirements. */
@Command(name = "team", mixinStandardHelpOptions = true,
    description = "Show a team card: suppliers and partners, customers and their customers, duties and requirements.")
final class TeamCommand extends CardCommand<TeamCard> implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "TEAM_ID", description = "The team's id in the model.")
  String teamId;

  @Override
  String id() {
    return teamId;
  }

  @Override
  public Integer call() throws Exception {
    return show(Cards::card,
        diagnosis -> () -> diagnosis.model().teams().stream().map(Team::id).iterator(),
        "error.unknownTeam", CardText::team);
  }
}
