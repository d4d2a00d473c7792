package org.maillon.centricity;

import java.util.List;

/**
 * An index and how it was made.
 *
 * @param index 0–100, or null when no component with a weight above 0 has data
 * @param parts every component asked for, those with data first by points lost (largest first,
 *     then in component order), then those left out, in component order
 * @param gains the costs by gain, largest first (then by code and subject)
 */
public record Score(Double index, List<Part> parts, List<Gain> gains) {

  public Score {
    parts = List.copyOf(parts);
    gains = List.copyOf(gains);
  }

  /** The components left out for want of data. */
  public List<Component> leftOut() {
    return parts.stream().filter(p -> !p.included()).map(Part::component).toList();
  }
}
