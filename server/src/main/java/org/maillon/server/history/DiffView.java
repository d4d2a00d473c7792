package org.maillon.server.history;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maillon.diagnosis.Finding;
import org.maillon.diff.DiffNames;
import org.maillon.diff.FigureChange;
import org.maillon.diff.ModelChanges.KindChanges;
import org.maillon.diff.VersionDiff;
import org.springframework.context.MessageSource;

/**
 * What one organisation changes against another, said in the reader's language with names: the
 * changes as sentences, the figures that moved, the customer-centricity index the model alone gives
 * with each component's score and points, the findings that appeared or went. The history page says
 * it of each version, the scenario page of a scenario against the version it starts from, so that
 * both read alike (the fragment {@code history/diff :: diff}).
 */
public record DiffView(String summary, List<KindView> kinds, List<FigureRow> figures, List<FigureRow> index,
    Lines appeared, Lines disappeared) {

  /** A kind of entity with its changes as sentences, at most {@link Lines#SHOWN} of them. */
  public record KindView(String heading, Lines lines) {}

  public record FigureRow(String name, String before, String after) {}

  /** Sentences, the first {@link #SHOWN}, and how many more there are. */
  public record Lines(List<String> shown, int more) {

    static final int SHOWN = 20;

    static Lines of(List<String> all) {
      return new Lines(List.copyOf(all.subList(0, Math.min(SHOWN, all.size()))), Math.max(0, all.size() - SHOWN));
    }
  }

  /** Nothing to say: a first version, compared with nothing. */
  public static DiffView none(String summary) {
    return new DiffView(summary, List.of(), List.of(), List.of(), Lines.of(List.of()), Lines.of(List.of()));
  }

  /** The diff said with the names it mentions. */
  public static DiffView of(VersionDiff diff, DiffNamesInUse mentioned, MessageSource messages, Locale locale) {
    ChangeSentences sentences = new ChangeSentences(messages, locale, mentioned);
    DiffNames names = new DiffNames(locale);
    List<KindView> kinds = new ArrayList<>();
    int changes = 0;
    for (KindChanges kind : diff.changes().kinds()) {
      List<String> lines = sentences.of(kind);
      changes += lines.size();
      if (!lines.isEmpty()) {
        kinds.add(new KindView(names.kind(kind.kind()), Lines.of(lines)));
      }
    }
    NumberFormat numbers = NumberFormat.getNumberInstance(locale);
    List<FigureRow> figures = rows(diff.movedFigures(), names, numbers);
    String summary = messages.getMessage("history.summary", new Object[] {changes, figures.size(),
        diff.appeared().size(), diff.disappeared().size()}, locale);
    return new DiffView(summary, kinds, figures, rows(diff.index().all(), names, numbers),
        Lines.of(said(diff.appeared(), locale)), Lines.of(said(diff.disappeared(), locale)));
  }

  private static List<FigureRow> rows(List<FigureChange> figures, DiffNames names, NumberFormat numbers) {
    return figures.stream()
        .map(f -> new FigureRow(names.figure(f), number(numbers, f.before()), number(numbers, f.after()))).toList();
  }

  /** A figure as the reader writes numbers, or a dash when it has none. */
  public static String number(NumberFormat numbers, Number value) {
    return value == null ? "—" : numbers.format(value);
  }

  private static List<String> said(List<Finding> findings, Locale locale) {
    return findings.stream().map(f -> f.message(locale)).toList();
  }
}
