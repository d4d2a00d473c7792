package org.maillon.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.maillon.diagnosis.Finding;
import org.maillon.diff.DiffNames;
import org.maillon.diff.FigureChange;
import org.maillon.diff.ModelChanges.FieldChange;
import org.maillon.diff.ModelChanges.KindChanges;
import org.maillon.diff.VersionDiff;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;

/**
 * A version diff as a report the text, markdown and html renderers draw: the model's changes kind
 * by kind, the figures that moved, the customer-centricity index with each component's score and
 * points, the findings that appeared or disappeared. The JSON keeps every figure; the report keeps
 * those that moved and counts the others, but shows the whole index, a handful of rows.
 */
final class DiffReport {

  private final Messages messages;
  private final DiffNames names;

  private DiffReport(Messages messages) {
    this.messages = messages;
    this.names = new DiffNames(messages.locale());
  }

  static Report build(VersionDiff diff, String organization, Messages messages) {
    return new DiffReport(messages).report(diff, organization);
  }

  private Report report(VersionDiff diff, String organization) {
    int changes = diff.changes().kinds().stream()
        .mapToInt(k -> k.added().size() + k.removed().size() + k.changed().size()).sum();
    String title = organization == null ? messages.get("diff.titleUnnamed") : messages.get("diff.title", organization);
    String intro = messages.get("diff.intro", messages.number(changes), changes,
        messages.number(diff.movedFigures().size()), diff.movedFigures().size(),
        messages.number(diff.appeared().size()), messages.number(diff.disappeared().size()));
    List<Report.Section> sections = new ArrayList<>();
    for (KindChanges kind : diff.changes().kinds()) {
      if (!kind.none()) {
        sections.add(new Report.Section(names.kind(kind.kind()), List.of(new Report.Items(lines(kind)))));
      }
    }
    sections.add(figures(diff));
    sections.add(new Report.Section(messages.get("diff.section.index"), List.of(
        new Report.Paragraph(messages.get("diff.indexRule")), table(diff.index().all()))));
    sections.add(findings(diff));
    return new Report(title, intro, sections);
  }

  private List<String> lines(KindChanges kind) {
    List<String> lines = new ArrayList<>();
    kind.added().forEach(entity -> lines.add(messages.get("diff.added", entity(entity))));
    kind.removed().forEach(entity -> lines.add(messages.get("diff.removed", entity(entity))));
    for (FieldChange change : kind.changed()) {
      lines.add(messages.get("diff.changed", key(change.key()), names.field(change.field()),
          value(change.before()), value(change.after())));
    }
    return lines;
  }

  private Report.Section figures(VersionDiff diff) {
    List<FigureChange> moved = diff.movedFigures();
    List<Report.Block> blocks = new ArrayList<>();
    if (!moved.isEmpty()) {
      blocks.add(table(moved));
    }
    Double saving = diff.costSaving();
    if (saving != null && saving != 0) {
      FigureChange total = moved.stream().filter(f -> f.name().equals("hierarchy.costs.total")).findFirst().orElseThrow();
      blocks.add(new Report.Paragraph(messages.get("diff.costSaving", value(total.before()), value(total.after()),
          saving < 0 ? -1 : 0, messages.decimal(Math.abs(saving)))));
    }
    int still = diff.figures().size() - moved.size();
    blocks.add(new Report.Paragraph(moved.isEmpty() ? messages.get("diff.noFigureMoved", messages.number(still))
        : messages.get("diff.stillFigures", messages.number(still), still)));
    return new Report.Section(messages.get("diff.section.figures"), blocks);
  }

  /** Each figure named, before and after. */
  private Report.Table table(List<FigureChange> figures) {
    List<List<String>> rows = figures.stream()
        .map(f -> List.of(names.figure(f), value(f.before()), value(f.after()))).toList();
    return new Report.Table(List.of(messages.get("diff.figure"), messages.get("diff.before"),
        messages.get("diff.after")), rows);
  }

  private Report.Section findings(VersionDiff diff) {
    List<String> lines = new ArrayList<>();
    diff.appeared().forEach(f -> lines.add(messages.get("diff.appeared", message(f))));
    diff.disappeared().forEach(f -> lines.add(messages.get("diff.disappeared", message(f))));
    Report.Block block = lines.isEmpty() ? new Report.Paragraph(messages.get("diff.noFindingMoved"))
        : new Report.Items(lines);
    return new Report.Section(messages.get("diff.section.findings"), List.of(block));
  }

  private String message(Finding finding) {
    return finding.message(messages.locale());
  }

  private static String entity(Map<String, Object> entity) {
    Object name = entity.get("name");
    String key = entity.containsKey("id") ? String.valueOf(entity.get("id")) : entity.get("from") + " → " + entity.get("to");
    return name == null ? key : name + " (" + key + ")";
  }

  private static String key(Map<String, String> key) {
    return key.containsKey("id") ? key.get("id") : key.get("from") + " → " + key.get("to");
  }

  private String value(Object value) {
    if (value == null || value instanceof List<?> list && list.isEmpty()) {
      return messages.get("list.none");
    }
    if (value instanceof Integer || value instanceof Long) {
      return messages.number(((Number) value).longValue());
    }
    if (value instanceof Number number) {
      return messages.decimal(number.doubleValue());
    }
    if (value instanceof List<?> list) {
      return list.stream().map(this::item).collect(Collectors.joining("; "));
    }
    return value.toString();
  }

  private String item(Object item) {
    if (item instanceof Expectation expectation) {
      return expectation.id() + ": " + expectation.text();
    }
    if (item instanceof Commitment commitment) {
      return commitment.answers().isEmpty() ? commitment.text()
          : messages.get("diff.commitment", commitment.text(), String.join(", ", commitment.answers()));
    }
    return String.valueOf(item);
  }
}
