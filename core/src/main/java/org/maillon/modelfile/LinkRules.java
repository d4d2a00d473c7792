package org.maillon.modelfile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import org.maillon.graph.IdIndex;
import org.maillon.graph.LastLookup;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.Link;

/**
 * The rules on links of service: known ends, a supplier that is no final customer, a customer that
 * is no partner, no loop onto itself, one link per pair, and expectations that commitments of the
 * same link can answer. Expectations and answers are numbered across all links, in order, as the
 * readers numbered their locations.
 */
final class LinkRules {

  /** Up to this many expectations, a link's ids are searched in a list rather than hashed. */
  private static final int FEW = 8;

  private final List<Link> links;
  private final Nodes nodes;
  private final SourceMap source;
  private final Problems problems;
  private final String file;
  private final int[] from;
  private final int[] to;
  private final LastLookup suppliers;
  private int expectation;
  private int answer;

  LinkRules(List<Link> links, Nodes nodes, SourceMap source, Problems problems) {
    this.links = links;
    this.nodes = nodes;
    this.source = source;
    this.problems = problems;
    this.file = source.file(Section.LINKS);
    this.from = new int[links.size()];
    this.to = new int[links.size()];
    this.suppliers = nodes.lookup();
  }

  /** Reports every problem of the links; returns the linked pairs, by {@code OrgGraph}'s node numbers. */
  LinkPairs check() {
    LinkPairs pairs = new LinkPairs(links.size());
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      checkEnds(i, link);
      if (link.from() != null && link.to() != null) {
        int first = pairs.add(i, from[i], to[i], link.from(), link.to());
        if (first >= 0) {
          problems.error(file, at(i, Field.ENTRY), "link.duplicate", link.from(), link.to(),
              Problems.where(file, at(first, Field.ENTRY)));
        }
      }
      checkAnswers(link, expectationIds(link.expectations()));
    }
    return pairs;
  }

  /** Each link's supplier, as {@code OrgGraph} numbers nodes; valid once {@link #check} found no problem. */
  int[] from() {
    return from;
  }

  /** Each link's customer, as {@code OrgGraph} numbers nodes; valid once {@link #check} found no problem. */
  int[] to() {
    return to;
  }

  private void checkEnds(int i, Link link) {
    int supplier = end(i, Field.FROM, link.from());
    int customer = end(i, Field.TO, link.to());
    if (supplier != IdIndex.ABSENT && nodes.isCustomer(supplier)) {
      problems.error(file, at(i, Field.FROM), "link.fromCustomer", link.from());
    }
    if (customer != IdIndex.ABSENT && nodes.isPartner(customer)) {
      problems.error(file, at(i, Field.TO), "link.toPartner", link.to());
    }
    from[i] = supplier == IdIndex.ABSENT ? IdIndex.ABSENT : nodes.inGraph(supplier);
    to[i] = customer == IdIndex.ABSENT ? IdIndex.ABSENT : nodes.inGraph(customer);
    if (link.from() != null && link.from().equals(link.to())) {
      problems.error(file, at(i, Field.TO), "link.self", link.from());
    }
  }

  /** The node at one end of a link, or {@link IdIndex#ABSENT} after reporting it missing or unknown. */
  private int end(int i, Field field, String id) {
    if (id == null) {
      problems.error(file, at(i, Field.ENTRY), "link.missing." + field.key());
      return IdIndex.ABSENT;
    }
    int node = field == Field.FROM ? suppliers.positionOf(id) : nodes.find(id);
    if (node == IdIndex.ABSENT) {
      problems.error(file, at(i, field), "ref." + field.key(), id);
    }
    return node;
  }

  /** The ids of a link's expectations: a list for the few most links have, a set beyond. */
  private Collection<String> expectationIds(List<Expectation> expectations) {
    if (expectations.isEmpty()) {
      return List.of();
    }
    Collection<String> ids = expectations.size() > FEW ? new HashSet<>() : new ArrayList<>(expectations.size());
    for (Expectation item : expectations) {
      long where = source.get(Section.EXPECTATIONS, expectation++, Field.ID);
      if (item.id() == null) {
        problems.error(file, where, "id.missing.expectations");
      } else if (ids.contains(item.id())) {
        problems.error(file, where, "id.duplicate.expectations", item.id());
      } else {
        ids.add(item.id());
      }
    }
    return ids;
  }

  private void checkAnswers(Link link, Collection<String> ids) {
    for (Commitment commitment : link.commitments()) {
      for (String id : commitment.answers()) {
        long where = source.get(Section.ANSWERS, answer++, Field.ENTRY);
        if (!ids.contains(id)) {
          problems.error(file, where, "ref.answers", id);
        }
      }
    }
  }

  private long at(int link, Field field) {
    return source.get(Section.LINKS, link, field);
  }
}
