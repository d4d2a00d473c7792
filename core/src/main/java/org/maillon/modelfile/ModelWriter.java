package org.maillon.modelfile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.maillon.model.Commitment;
import org.maillon.model.Decimals;
import org.maillon.model.Expectation;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.model.Procedure;
import org.maillon.model.Settings;
import org.maillon.model.Team;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an organisation as a model file that {@link ModelFiles} reads back to an equal
 * organisation: to export what the server holds, or to turn an HR export into YAML to edit.
 * Absent optional values, empty lists and settings other than the target span left at their default
 * are left out; a team's kind and the target span are always written. An empty
 * text counts as absent, as the readers do.
 */
public final class ModelWriter {

  private ModelWriter() {}

  public static void writeYaml(Organization organization, Writer out) {
    writeTree(TreeFormat.YAML, organization, out);
  }

  public static void writeJson(Organization organization, Writer out) {
    writeTree(TreeFormat.JSON, organization, out);
  }

  /**
   * Writes the organisation as CSV files in {@code folder}, created if needed.
   *
   * @throws UncheckedIOException when a file cannot be written
   */
  public static void writeCsv(Organization organization, Path folder) {
    try {
      CsvModelWriter.csv(folder).write(organization);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the organisation as an {@code .xlsx} workbook of one sheet per CSV file, which the
   * workbook reader reads back as it was. {@code out} is left open.
   *
   * @throws UncheckedIOException when the workbook cannot be written
   */
  public static void writeXlsx(Organization organization, OutputStream out) {
    try (SheetSink sheets = new SheetSink(out)) {
      new CsvModelWriter(sheets).write(organization);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeTree(TreeFormat format, Organization organization, Writer out) {
    try (JsonGenerator g = format.generator(out)) {
      g.writeStartObject();
      text(g, "organization", organization.name());
      g.writeName("settings");
      g.writeStartObject();
      g.writeNumberProperty("targetSpan", organization.settings().targetSpan());
      if (organization.settings().maxApprovalLevels() != Settings.DEFAULT_MAX_APPROVAL_LEVELS) {
        g.writeNumberProperty("maxApprovalLevels", organization.settings().maxApprovalLevels());
      }
      if (organization.settings().minFlowEfficiency() != Settings.DEFAULT_MIN_FLOW_EFFICIENCY) {
        g.writeName("minFlowEfficiency");
        g.writeNumber(Decimals.plain(organization.settings().minFlowEfficiency()));
      }
      if (organization.settings().pendingDays() != Settings.DEFAULT_PENDING_DAYS) {
        g.writeNumberProperty("pendingDays", organization.settings().pendingDays());
      }
      if (organization.settings().maxSpan() != Settings.DEFAULT_MAX_SPAN) {
        g.writeNumberProperty("maxSpan", organization.settings().maxSpan());
      }
      g.writeEndObject();
      list(g, "customers", organization.customers(), (c, gen) -> {
        text(gen, "id", c.id());
        text(gen, "name", c.name());
        number(gen, "revenue", c.revenue());
      });
      list(g, "partners", organization.partners(), (p, gen) -> {
        text(gen, "id", p.id());
        text(gen, "name", p.name());
      });
      list(g, "teams", organization.teams(), ModelWriter::team);
      list(g, "people", organization.people(), ModelWriter::person);
      list(g, "links", organization.links(), ModelWriter::link);
      list(g, "procedures", organization.procedures(), ModelWriter::procedure);
      g.writeEndObject();
    }
  }

  private static void team(Team team, JsonGenerator g) {
    text(g, "id", team.id());
    text(g, "name", team.name());
    text(g, "kind", team.kind().code());
    text(g, "function", team.function());
    text(g, "lead", team.lead());
  }

  private static void person(Person person, JsonGenerator g) {
    text(g, "id", person.id());
    text(g, "name", person.name());
    text(g, "title", person.title());
    text(g, "team", person.team());
    text(g, "manager", person.manager());
    text(g, "email", person.email());
    number(g, "cost", person.cost());
  }

  private static void link(Link link, JsonGenerator g) {
    text(g, "from", link.from());
    text(g, "to", link.to());
    text(g, "delivers", link.delivers());
    list(g, "expectations", link.expectations(), ModelWriter::expectation);
    list(g, "commitments", link.commitments(), ModelWriter::commitment);
    text(g, "changedOn", day(link.changedOn()));
    text(g, "confirmedOn", link.confirmed() == null ? null : day(link.confirmed().on()));
    text(g, "confirmedBy", link.confirmed() == null ? null : link.confirmed().by());
  }

  /** A day as the readers read it, YYYY-MM-DD; null stays absent. */
  static String day(LocalDate day) {
    return day == null ? null : day.toString();
  }

  private static void expectation(Expectation expectation, JsonGenerator g) {
    text(g, "id", expectation.id());
    text(g, "text", expectation.text());
  }

  private static void commitment(Commitment commitment, JsonGenerator g) {
    text(g, "text", commitment.text());
    ids(g, "answers", commitment.answers());
  }

  private static void procedure(Procedure procedure, JsonGenerator g) {
    text(g, "id", procedure.id());
    text(g, "team", procedure.team());
    text(g, "name", procedure.name());
    g.writeNumberProperty("steps", procedure.steps());
    number(g, "leadTimeDays", procedure.leadTimeDays());
    number(g, "workHours", procedure.workHours());
    ids(g, "approvals", procedure.approvals());
    ids(g, "serves", procedure.serves());
  }

  private static void ids(JsonGenerator g, String name, List<String> ids) {
    if (!ids.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      ids.forEach(g::writeString);
      g.writeEndArray();
    }
  }

  private static <T> void list(JsonGenerator g, String name, List<T> items, BiConsumer<T, JsonGenerator> item) {
    if (items.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (T each : items) {
      g.writeStartObject();
      item.accept(each, g);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A decimal as the readers read it, plain; null stays absent. */
  private static void number(JsonGenerator g, String name, Double value) {
    if (value != null) {
      g.writeName(name);
      g.writeNumber(Decimals.plain(value));
    }
  }

  private static void text(JsonGenerator g, String name, String value) {
    if (value != null && !value.isEmpty()) {
      g.writeStringProperty(name, value);
    }
  }
}
