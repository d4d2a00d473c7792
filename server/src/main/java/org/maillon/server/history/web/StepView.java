package org.maillon.server.history.web;

import java.util.List;
import org.maillon.server.organization.ModelVersion;

/**
 * One version on the history page, said in the reader's language with names: what it changed
 * against the version before it, the figures that moved, the findings that appeared or went.
 * {@code kinds} is empty and {@code first} true for the first version.
 */
record StepView(ModelVersion version, boolean first, String summary, List<KindView> kinds, List<FigureRow> figures,
    Lines appeared, Lines disappeared) {

  /** A kind of entity with its changes as sentences, at most {@link Lines#SHOWN} of them. */
  record KindView(String heading, Lines lines) {}

  record FigureRow(String name, String before, String after) {}

  /** Sentences, the first {@link #SHOWN}, and how many more there are. */
  record Lines(List<String> shown, int more) {

    static final int SHOWN = 20;

    static Lines of(List<String> all) {
      return new Lines(List.copyOf(all.subList(0, Math.min(SHOWN, all.size()))), Math.max(0, all.size() - SHOWN));
    }
  }
}
