package org.maillon.server.scim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillon.model.TextLimits;
import org.maillon.server.system.RejectedFields;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which team of the model each directory department is, as admins say it: never guessed from
 * names. A department no one mapped is listed as unmapped, and its people keep the team they had.
 * Changing the map counts as a SCIM change, so that the next fold moves people accordingly.
 */
@Service
class ScimDepartments {

  /** The map and the departments of SCIM's users that it does not map yet. */
  record Departments(Map<String, String> mapping, List<String> unmapped) {}

  private final JdbcClient jdbc;
  private final ScimUserStore users;
  private final ModelPeople model;

  ScimDepartments(JdbcClient jdbc, ScimUserStore users, ModelPeople model) {
    this.jdbc = jdbc;
    this.users = users;
    this.model = model;
  }

  /** Department → team id. */
  Map<String, String> mapping() {
    Map<String, String> mapping = new LinkedHashMap<>();
    jdbc.sql("SELECT department, team_id FROM scim_departments ORDER BY department")
        .query(rs -> {
          mapping.put(rs.getString("department"), rs.getString("team_id"));
        });
    return mapping;
  }

  Departments departments() {
    List<String> unmapped = jdbc.sql("""
            SELECT DISTINCT department FROM scim_users
            WHERE deleted = FALSE AND department IS NOT NULL
              AND department NOT IN (SELECT department FROM scim_departments)
            ORDER BY department""")
        .query(String.class).list();
    return new Departments(mapping(), unmapped);
  }

  /** Replaces the whole map. */
  @Transactional
  void replace(Map<String, String> mapping) {
    refuseWrong(mapping);
    jdbc.sql("DELETE FROM scim_departments").update();
    mapping.forEach(this::insert);
    users.changed();
  }

  /** Maps one department to a team, or unmaps it when the team is null or blank. */
  @Transactional
  void map(String department, String team) {
    Map<String, String> one = new LinkedHashMap<>();
    one.put(department, team == null || team.isBlank() ? null : team);
    refuseWrong(one);
    jdbc.sql("DELETE FROM scim_departments WHERE department = ?").param(department).update();
    one.forEach(this::insert);
    users.changed();
  }

  private void insert(String department, String team) {
    if (team != null) {
      jdbc.sql("INSERT INTO scim_departments (department, team_id) VALUES (?, ?)").params(department, team).update();
    }
  }

  private void refuseWrong(Map<String, String> mapping) {
    List<RejectedFields.Problem> problems = new ArrayList<>();
    mapping.forEach((department, team) -> {
      if (department == null || department.isBlank() || department.length() > TextLimits.NAME) {
        problems.add(ScimRejected.problem("department", "department", TextLimits.NAME));
      } else if (team != null && model.diagnosis().flatMap(diagnosis -> diagnosis.team(team)).isEmpty()) {
        problems.add(ScimRejected.problem(department, "team", team));
      }
    });
    if (!problems.isEmpty()) {
      throw new ScimRejected(problems);
    }
  }
}
