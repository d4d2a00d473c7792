package org.maillon.server.valuechain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.diagnosis.Subject;
import org.maillon.model.Expectation;
import org.maillon.model.Link;
import org.maillon.model.Procedure;
import org.springframework.web.util.UriUtils;

/**
 * A finding's or a cost's subject as a page shows it: names, each leading to its page when it has
 * one, never ids nor {@code from->to}. Reads the typed subject, so no page parses text.
 */
public final class SubjectLabels {

  /**
   * One name of a subject: a team's, a customer's, a procedure's…; {@code href} is null when it has no
   * page of its own, {@code label} null for an organisation the model does not name; {@code quoted}
   * for a text the model states, an expectation's.
   */
  public record Label(String label, String href, boolean quoted) {

    Label(String label, String href) {
      this(label, href, false);
    }
  }

  private SubjectLabels() {}

  /**
   * The names of a subject in reading order: a team; a link's supplier then customer; the same, then
   * the expectation's text; a procedure's name; a person's name; the organisation's name.
   */
  public static List<Label> of(Diagnosis diagnosis, Subject subject) {
    ValueChainIndex nodes = ValueChainIndex.of(diagnosis);
    if (subject instanceof Subject.Team team) {
      return List.of(node(nodes, team.id()));
    }
    if (subject instanceof Subject.Link link) {
      return List.of(node(nodes, link.from()), node(nodes, link.to()));
    }
    if (subject instanceof Subject.Expectation expectation) {
      return List.of(node(nodes, expectation.from()), node(nodes, expectation.to()),
          new Label(expectationText(diagnosis, expectation), null, true));
    }
    if (subject instanceof Subject.Procedure procedure) {
      return List.of(new Label(procedureName(diagnosis, procedure),
          "/bureaucracy?team=" + UriUtils.encodeQueryParam(procedure.team(), StandardCharsets.UTF_8)));
    }
    if (subject instanceof Subject.Person person) {
      return List.of(new Label(diagnosis.person(person.id()).map(PersonFigures::name)
          .filter(name -> name != null && !name.isBlank()).orElse(person.id()), null));
    }
    return List.of(new Label(((Subject.Organization) subject).name(), null));
  }

  private static Label node(ValueChainIndex nodes, String id) {
    return new Label(nodes.label(id),
        nodes.isTeam(id) ? "/teams/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8) : null);
  }

  private static String procedureName(Diagnosis diagnosis, Subject.Procedure subject) {
    return diagnosis.model().procedures().stream().filter(procedure -> procedure.id().equals(subject.id()))
        .map(Procedure::name).filter(name -> name != null && !name.isBlank()).findFirst().orElse(subject.id());
  }

  private static String expectationText(Diagnosis diagnosis, Subject.Expectation subject) {
    for (Link link : diagnosis.model().links()) {
      if (link.from().equals(subject.from()) && link.to().equals(subject.to())) {
        return link.expectations().stream().filter(expectation -> expectation.id().equals(subject.id()))
            .map(Expectation::text).filter(text -> text != null && !text.isBlank()).findFirst().orElse(subject.id());
      }
    }
    return subject.id();
  }
}
