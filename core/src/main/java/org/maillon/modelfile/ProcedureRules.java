package org.maillon.modelfile;

import java.util.List;
import org.maillon.graph.IdIndex;
import org.maillon.model.Decimals;
import org.maillon.model.Procedure;

/**
 * The rules on procedures: an id unique among procedures, an owning team that exists, approvers
 * who are people, and served customers that are customers of the owning team — a procedure can
 * only serve a link its team supplies. A stated lead time and work are numbers above 0, and the work
 * fits in the lead time ({@link Procedure#HOURS_PER_DAY} hours a day). Approvals and served customers are numbered across all
 * procedures, in order, as the readers numbered their locations. Linear in procedures plus
 * approvals plus served customers, with hash lookups.
 */
final class ProcedureRules {

  private final List<Procedure> procedures;
  private final Nodes nodes;
  private final IdIndex people;
  private final LinkPairs linked;
  private final SourceMap source;
  private final Problems problems;
  private final String file;
  private int approval;
  private int served;

  ProcedureRules(List<Procedure> procedures, Nodes nodes, IdIndex people, LinkPairs linked, SourceMap source,
      Problems problems) {
    this.procedures = procedures;
    this.nodes = nodes;
    this.people = people;
    this.linked = linked;
    this.source = source;
    this.problems = problems;
    this.file = source.file(Section.PROCEDURES);
  }

  void check() {
    checkIds();
    for (int i = 0; i < procedures.size(); i++) {
      Procedure procedure = procedures.get(i);
      boolean knownTeam = checkTeam(i, procedure.team());
      checkTimes(i, procedure);
      for (String approver : procedure.approvals()) {
        long where = source.get(Section.APPROVALS, approval++, Field.ENTRY);
        if (!people.contains(approver)) {
          problems.error(file, where, "ref.approver", approver);
        }
      }
      for (String customer : procedure.serves()) {
        checkServed(procedure.team(), knownTeam, customer, source.get(Section.SERVES, served++, Field.ENTRY));
      }
    }
  }

  private void checkIds() {
    String[] ids = new String[procedures.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = procedures.get(i).id();
      if (ids[i] == null) {
        problems.error(file, at(i, Field.ENTRY), "id.missing.procedures");
      }
    }
    IdIndex.firstWins(ids, (i, first) -> problems.error(file, at(i, Field.ID), "id.duplicate.procedures", ids[i],
        Problems.where(file, at(first, Field.ID))));
  }

  private boolean checkTeam(int i, String team) {
    if (team == null) {
      problems.error(file, at(i, Field.ENTRY), "procedure.missing.team");
      return false;
    }
    if (!nodes.isTeam(team)) {
      problems.error(file, at(i, Field.TEAM), "ref.team", team);
      return false;
    }
    return true;
  }

  /** A served customer must be known and, when the team is, one of the team's customers. */
  private void checkServed(String team, boolean knownTeam, String customer, long where) {
    int node = nodes.find(customer);
    if (node == IdIndex.ABSENT) {
      problems.error(file, where, "ref.serves", customer);
    } else if (knownTeam && !linked.contains(nodes.inGraph(nodes.find(team)), nodes.inGraph(node))) {
      problems.error(file, where, "serves.notCustomer", customer, team);
    }
  }

  /** Times read from text were numbers; from any source they must be above 0, the work within the lead time. */
  private void checkTimes(int i, Procedure procedure) {
    boolean lead = positive(procedure.leadTimeDays(), i, Field.LEAD_TIME_DAYS, "leadTimeDays.invalid");
    boolean work = positive(procedure.workHours(), i, Field.WORK_HOURS, "workHours.invalid");
    if (lead && work && procedure.workHours() > procedure.leadTimeDays() * Procedure.HOURS_PER_DAY) {
      problems.error(file, at(i, Field.WORK_HOURS), "workHours.exceedsLeadTime", Decimals.plain(procedure.workHours()),
          Decimals.plain(procedure.leadTimeDays()));
    }
  }

  /** True when {@code value} is stated and valid; a stated one that is not above 0 or not finite is reported. */
  private boolean positive(Double value, int i, Field field, String problem) {
    if (value == null) {
      return false;
    }
    if (value > 0 && Double.isFinite(value)) {
      return true;
    }
    problems.error(file, at(i, field), problem, Double.isFinite(value) ? Decimals.plain(value) : String.valueOf(value));
    return false;
  }

  private long at(int procedure, Field field) {
    return source.get(Section.PROCEDURES, procedure, field);
  }
}
