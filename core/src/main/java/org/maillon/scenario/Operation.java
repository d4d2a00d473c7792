package org.maillon.scenario;

import java.util.List;
import org.maillon.graph.IdIndex;
import org.maillon.model.Link;
import org.maillon.model.Settings;
import org.maillon.model.Team;

/**
 * One change a scenario tries, where its file states it. Each applies itself to the organisation
 * being changed, or reports why it cannot and changes nothing. docs/scenarios.md defines them.
 */
sealed interface Operation {

  Place place();

  void applyTo(Working working);

  /** A person reports to someone else. */
  record Move(Place place, String person, String manager) implements Operation {
    @Override
    public void applyTo(Working working) {
      int p = working.person(person);
      int m = working.person(manager);
      if (p != IdIndex.ABSENT && m != IdIndex.ABSENT && !working.people().move(p, m)) {
        working.problem("move.cycle", person, manager);
      }
    }
  }

  /** The person leaves; their reports go to their manager; a team they led loses its lead. */
  record RemoveManager(Place place, String person) implements Operation {
    @Override
    public void applyTo(Working working) {
      int p = working.person(person);
      if (p != IdIndex.ABSENT) {
        working.people().remove(p);
        working.forgetLeavers();
      }
    }
  }

  /** Every manager at this depth (0 for the tops) leaves, as {@link RemoveManager} says. */
  record RemoveLayer(Place place, int depth) implements Operation {
    @Override
    public void applyTo(Working working) {
      if (depth < 0 || working.people().removeLayer(depth) == 0) {
        working.problem("layer.none", depth);
      } else {
        working.forgetLeavers();
      }
    }
  }

  /** The people, links and procedures of {@code from} move to {@code into}, which {@code from} leaves. */
  record MergeTeams(Place place, String into, String from) implements Operation {
    @Override
    public void applyTo(Working working) {
      if (working.team(into) & working.team(from)) {
        if (into.equals(from)) {
          working.problem("merge.same", into);
          return;
        }
        working.people().retag(from, into);
        working.chain().merge(into, from);
      }
    }
  }

  /** The team is led by {@code lead}; its members who reported to its former lead follow. */
  record MoveTeam(Place place, String team, String lead) implements Operation {
    @Override
    public void applyTo(Working working) {
      int l = working.person(lead);
      if (!working.team(team) || l == IdIndex.ABSENT) {
        return;
      }
      Team moved = working.chain().team(team);
      int former = working.people().find(moved.lead());
      if (former != IdIndex.ABSENT && !working.people().follow(team, former, l)) {
        working.problem("moveTeam.cycle", team, lead);
        return;
      }
      working.chain().lead(team, lead);
    }
  }

  /** The link from→to runs between other ends; an end not given stays. */
  record Relink(Place place, String from, String to, String newFrom, String newTo) implements Operation {
    @Override
    public void applyTo(Working working) {
      String f = newFrom == null ? from : newFrom;
      String t = newTo == null ? to : newTo;
      if (working.linked(from, to) && working.linkable(f, t)) {
        working.chain().relink(from, to, f, t);
      }
    }
  }

  /** A new link, with no expectation nor commitment yet. */
  record AddLink(Place place, String from, String to, String delivers) implements Operation {
    @Override
    public void applyTo(Working working) {
      if (working.linkable(from, to)) {
        working.chain().add(new Link(from, to, delivers, List.of(), List.of()));
      }
    }
  }

  /** The link goes, with its words; the procedures that served it no longer do. */
  record RemoveLink(Place place, String from, String to) implements Operation {
    @Override
    public void applyTo(Working working) {
      if (working.linked(from, to)) {
        working.chain().remove(from, to);
      }
    }
  }

  /** The diagnosis counts the levels needed with another target span. */
  record SetTargetSpan(Place place, int span) implements Operation {
    @Override
    public void applyTo(Working working) {
      if (span < Settings.MIN_TARGET_SPAN) {
        working.problem("targetSpan.min", Settings.MIN_TARGET_SPAN, span);
      } else {
        working.settings(working.settings().withTargetSpan(span));
      }
    }
  }
}
