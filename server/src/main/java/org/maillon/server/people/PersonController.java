package org.maillon.server.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillon.card.Cards;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.Access;
import org.maillon.server.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One person's figures in the current diagnosis. */
@RestController
@Tag(name = "people", description = "A collaborator's place in the value chain and the hierarchy")
class PersonController {

  private final CurrentOrganization current;

  PersonController(CurrentOrganization current) {
    this.current = current;
  }

  @Operation(summary = "A person's place: team, managers up to the top, depth, direct reports, hops and chain to the final customer")
  @GetMapping(path = "/api/people/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  PersonView person(@PathVariable String id, Authentication authentication) {
    Access.requirePerson(authentication, id);
    Diagnosis diagnosis = current.diagnosis();
    PersonFigures figures = diagnosis.person(id)
        .orElseThrow(() -> new NotFoundException("No person has the id " + id + "."));
    return PersonView.of(Cards.place(diagnosis, id).orElseThrow(), figures);
  }
}
