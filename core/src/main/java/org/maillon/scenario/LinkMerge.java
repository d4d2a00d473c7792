package org.maillon.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.Link;

/**
 * Two links that a merge of teams brings onto the same two ends become one: the first one's words,
 * then the expectations (by id) and commitments the second adds. When it adds any, the words
 * changed, so the merged link is neither dated nor confirmed any more: what was confirmed is not
 * what it now states.
 */
final class LinkMerge {

  private LinkMerge() {}

  /** The link between other ends, its words and days unchanged. */
  static Link moved(Link link, String from, String to) {
    if (link.from().equals(from) && link.to().equals(to)) {
      return link;
    }
    return new Link(from, to, link.delivers(), link.expectations(), link.commitments(), link.changedOn(),
        link.confirmed());
  }

  static Link merge(Link first, Link second) {
    Set<String> ids = new HashSet<>();
    first.expectations().forEach(e -> ids.add(e.id()));
    List<Expectation> expectations = new ArrayList<>(first.expectations());
    second.expectations().stream().filter(e -> ids.add(e.id())).forEach(expectations::add);
    List<Commitment> commitments = new ArrayList<>(first.commitments());
    second.commitments().stream().filter(c -> !first.commitments().contains(c)).forEach(commitments::add);
    String delivers = first.delivers() != null ? first.delivers() : second.delivers();
    if (expectations.size() == first.expectations().size() && commitments.size() == first.commitments().size()
        && Objects.equals(delivers, first.delivers())) {
      return first;
    }
    return new Link(first.from(), first.to(), delivers, expectations, commitments, null, null);
  }
}
