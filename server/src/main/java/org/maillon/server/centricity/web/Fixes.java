package org.maillon.server.centricity.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.centricity.GainRow;
import org.maillon.server.valuechain.SubjectLabels;
import org.springframework.web.util.UriUtils;

/**
 * The gains of an index as a manager acts on them: the gains of one kind (one code) grouped into
 * one fix — "Listen to 16 overdue links: +7.2 points" — with the teams concerned and the page where
 * it is done, the largest fix first. A fix's gain is the sum of its gains, each computed alone, all
 * else equal; within a component that counts things (links, cards, expectations) it is what fixing
 * them all adds. What each concerns is named — a team, a link's supplier → customer, a procedure —
 * leaving out the team whose page it is.
 */
final class Fixes {

  /** Teams named in a fix; the others are counted. */
  static final int NAMED = 5;

  /**
   * One fix.
   *
   * @param code the gains' code, for the message that says it in words
   * @param component the component it raises
   * @param count how many things it fixes
   * @param gain points it would add
   * @param concerned the first {@value #NAMED} things concerned, each as its names in reading order
   * @param others how many more are concerned
   * @param action where it is done: a page of Maillon, or null
   * @param team the one team it concerns, whose action it may become ("Follow up"); null when several
   */
  record Fix(String code, String component, int count, double gain, List<List<SubjectLabels.Label>> concerned,
      int others,
      String action, String team) {}

  private Fixes() {}

  /**
   * The fixes of these gains, largest gain first, then by code.
   *
   * @param team the team whose page lists them, left out of the names; null for the organisation
   */
  static List<Fix> of(List<GainRow> gains, Diagnosis diagnosis, String team) {
    Map<String, List<GainRow>> byCode = new LinkedHashMap<>();
    gains.forEach(gain -> byCode.computeIfAbsent(gain.code(), c -> new ArrayList<>()).add(gain));
    List<Fix> fixes = new ArrayList<>();
    byCode.forEach((code, rows) -> fixes.add(fix(code, rows, diagnosis, team)));
    fixes.sort(Comparator.comparingDouble(Fix::gain).reversed().thenComparing(Fix::code));
    return fixes;
  }

  private static Fix fix(String code, List<GainRow> rows, Diagnosis diagnosis, String self) {
    String selfHref = self == null ? null : "/teams/" + UriUtils.encodePathSegment(self, StandardCharsets.UTF_8);
    Map<String, List<SubjectLabels.Label>> concerned = new LinkedHashMap<>();
    Set<String> owners = new LinkedHashSet<>();
    for (GainRow row : rows) {
      row.subject().owner().ifPresent(owners::add);
      List<SubjectLabels.Label> names = SubjectLabels.of(diagnosis, row.subject()).stream()
          .filter(label -> !label.quoted() && (selfHref == null || !selfHref.equals(label.href()))).toList();
      if (!names.isEmpty()) {
        concerned.putIfAbsent(names.stream().map(l -> String.valueOf(l.label())).toList().toString(), names);
      }
    }
    List<List<SubjectLabels.Label>> named = concerned.values().stream().limit(NAMED).toList();
    double gain = rows.stream().mapToDouble(GainRow::gain).sum();
    String team = owners.size() == 1 ? owners.iterator().next() : null;
    return new Fix(code, rows.get(0).component(), rows.size(), gain, named, concerned.size() - named.size(),
        action(code, team), team);
  }

  /** The page where a fix of this code is done, narrowed to the team when only one is concerned. */
  static String action(String code, String team) {
    String query = team == null ? "" : "?team=" + UriUtils.encodeQueryParam(team, StandardCharsets.UTF_8);
    return switch (code) {
      case "LISTENING_OVERDUE" -> team == null ? "/listening" : "/listening/campaigns" + query;
      case "LOW_SATISFACTION" -> team == null ? "/listening"
          : "/teams/" + UriUtils.encodePathSegment(team, StandardCharsets.UTF_8) + "/voice";
      case "STALE_CARD" -> "/customers";
      case "UNCOVERED_EXPECTATION", "EMPTY_LINK", "PENDING_LINK" -> team == null ? "/value-chain"
          : "/teams/" + UriUtils.encodePathSegment(team, StandardCharsets.UTF_8);
      case "INTERNAL_CONTROL", "PROCEDURE_HEAVY_TEAM" -> "/bureaucracy" + query;
      case "DISCONNECTED_TEAM", "SUPPORT_NOT_REACHING_FRONT_LINE", "FRONT_LINE_WITHOUT_FINAL_CUSTOMER" ->
          "/value-chain";
      case "EXCESS_LEVELS" -> "/hierarchy";
      default -> null;
    };
  }
}
