package org.maillon.server.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.maillon.server.security.Access;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** Customer cards and the coverage of customer knowledge, over the current model. */
@RestController
@Tag(name = "customers", description = "Customer cards (opinions, projects, stakes, objective needs) and how fresh they are")
class CustomerController {

  private final CustomerCards cards;

  CustomerController(CustomerCards cards) {
    this.cards = cards;
  }

  @Operation(summary = "Every customer: final customers and teams that are customers, with freshness, last entry per facet, suppliers")
  @GetMapping(path = "/api/customers", produces = MediaType.APPLICATION_JSON_VALUE)
  List<CustomerCards.Status> customers() {
    return cards.customers();
  }

  @Operation(summary = "A customer's card: its freshness and the entries of each facet, newest first")
  @GetMapping(path = "/api/customers/{id}/card", produces = MediaType.APPLICATION_JSON_VALUE)
  CustomerCards.Card card(@PathVariable String id) {
    return cards.card(id);
  }

  @Operation(summary = "Add an entry to a customer's card, as the signed-in user",
      description = "Managers and admins add to any card, members only to the cards of the customers of their own"
          + " team and of the teams they lead (else 403). A rejected entry answers 422 with every problem in `errors`, each with its field, and"
          + " records nothing. The date defaults to today and may not be in the future.")
  @PostMapping(path = "/api/customers/{id}/card/entries", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CardEntry> add(@PathVariable String id, @RequestBody EntryForm entry, Authentication authentication) {
    CardEntry added = cards.add(id, entry, authentication);
    return ResponseEntity.status(HttpStatus.CREATED)
        .header(HttpHeaders.LOCATION, "/api/customers/" + UriUtils.encodePathSegment(id, "UTF-8") + "/card")
        .body(added);
  }

  @Operation(summary = "Coverage: the share of customers with a fresh card, organisation-wide and per team, with counts")
  @GetMapping(path = "/api/knowledge/coverage", produces = MediaType.APPLICATION_JSON_VALUE)
  CustomerCards.Overview coverage() {
    return cards.overview();
  }

  @Operation(summary = "A collaborator's customers (their team's) with their freshness, and the collaborator's coverage",
      description = "Managers and admins see anyone's; a member only their own.")
  @GetMapping(path = "/api/people/{id}/customers", produces = MediaType.APPLICATION_JSON_VALUE)
  CustomerCards.Collaborator collaborator(@PathVariable String id, Authentication authentication) {
    Access.requirePerson(authentication, id);
    return cards.collaborator(id);
  }
}
