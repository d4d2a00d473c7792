package org.maillon.modelfile;

import java.util.List;
import java.util.function.Function;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Procedure;
import org.maillon.model.Team;

/**
 * Ids, names and texts no longer than {@link Field#maxLength()}, so that whatever is accepted is
 * stored whole by the server. A value too long is reported at the value when the reader kept its
 * location, else at the start of its entity (a CSV record's line).
 */
final class LengthRules {

  private final SourceMap source;
  private final Problems problems;

  private LengthRules(SourceMap source, Problems problems) {
    this.source = source;
    this.problems = problems;
  }

  /** Reports every id, name and text of the model that is too long. */
  static void check(Organization organization, SourceMap source, Problems problems) {
    LengthRules rules = new LengthRules(source, problems);
    rules.each(Section.CUSTOMERS, organization.customers(), Field.ID, FinalCustomer::id);
    rules.each(Section.CUSTOMERS, organization.customers(), Field.NAME, FinalCustomer::name);
    rules.each(Section.PARTNERS, organization.partners(), Field.ID, Partner::id);
    rules.each(Section.PARTNERS, organization.partners(), Field.NAME, Partner::name);
    rules.each(Section.TEAMS, organization.teams(), Field.ID, Team::id);
    rules.each(Section.TEAMS, organization.teams(), Field.NAME, Team::name);
    rules.each(Section.TEAMS, organization.teams(), Field.FUNCTION, Team::function);
    rules.each(Section.PEOPLE, organization.people(), Field.ID, Person::id);
    rules.each(Section.PEOPLE, organization.people(), Field.NAME, Person::name);
    rules.each(Section.PEOPLE, organization.people(), Field.TITLE, Person::title);
    rules.each(Section.PEOPLE, organization.people(), Field.EMAIL, Person::email);
    rules.each(Section.LINKS, organization.links(), Field.DELIVERS, Link::delivers);
    List<Expectation> expectations = organization.links().stream().flatMap(l -> l.expectations().stream()).toList();
    rules.each(Section.EXPECTATIONS, expectations, Field.ID, Expectation::id);
    rules.each(Section.EXPECTATIONS, expectations, Field.TEXT, Expectation::text);
    rules.each(Section.COMMITMENTS, organization.links().stream().flatMap(l -> l.commitments().stream()).toList(),
        Field.TEXT, Commitment::text);
    rules.each(Section.PROCEDURES, organization.procedures(), Field.ID, Procedure::id);
    rules.each(Section.PROCEDURES, organization.procedures(), Field.NAME, Procedure::name);
  }

  /** Reports a value, named as its file names it, when it is longer than {@code max}. */
  static void check(String value, int max, String name, String file, long at, Problems problems) {
    if (tooLong(value, max)) {
      problems.error(file, at, "value.tooLong", name, value.length(), max);
    }
  }

  static boolean tooLong(String value, int max) {
    return value != null && value.length() > max;
  }

  private <T> void each(Section section, List<T> entities, Field field, Function<T, String> value) {
    for (int i = 0; i < entities.size(); i++) {
      String text = value.apply(entities.get(i));
      if (tooLong(text, field.maxLength())) {
        check(text, field.maxLength(), field.key(), source.file(section), source.get(section, i, field), problems);
      }
    }
  }
}
