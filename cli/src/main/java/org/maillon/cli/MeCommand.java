package org.maillon.cli;

import java.util.concurrent.Callable;
import org.maillon.card.Cards;
import org.maillon.card.PersonPlace;
import org.maillon.model.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code maillon me}: where one collaborator stands, toward their top and toward the final customer. */
@Command(name = "me", mixinStandardHelpOptions = true,
    description = "Show a person's place: team, managers up to the top, chain to the final customer.")
final class MeCommand extends CardCommand<PersonPlace> implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PERSON_ID", description = "The person's id in the model.")
  String personId;

  @Override
  String id() {
    return personId;
  }

  @Override
  public Integer call() throws Exception {
    return show(Cards::place,
        diagnosis -> () -> diagnosis.model().people().stream().map(Person::id).iterator(),
        "error.unknownPerson", CardText::place);
  }
}
