package org.maillon.modelfile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The file and header names a CSV model may use besides ours: those of common HR systems, so that
 * their exports (employees and departments) import without editing.
 */
final class CsvHeaders {

  static final List<String> PEOPLE_FILES = List.of("people.csv", "employees.csv", "staff.csv");
  static final List<String> TEAM_FILES = List.of("teams.csv", "departments.csv");
  static final String FIRST_NAME = "first_name";
  static final String LAST_NAME = "last_name";
  static final String JOB_ID = "job_id";
  static final String JOB_TITLE = "job_title";
  static final String EXPECTATIONS = "expectations";
  static final String COMMITMENTS = "commitments";
  static final String APPROVALS = "approvals";
  static final String SERVES = "serves";

  private static final Map<Section, CsvColumns.Layout> LAYOUTS = Map.of(
      Section.PEOPLE, CsvColumns.Layout.of(Section.PEOPLE, Set.of(FIRST_NAME, LAST_NAME, JOB_ID),
          Map.ofEntries(
              Map.entry("employee_id", Field.ID), Map.entry("person_id", Field.ID),
              Map.entry("emp_id", Field.ID), Map.entry("employee_number", Field.ID),
              Map.entry("full_name", Field.NAME), Map.entry("display_name", Field.NAME),
              Map.entry("job_title", Field.TITLE), Map.entry("position", Field.TITLE),
              Map.entry("team_id", Field.TEAM), Map.entry("department_id", Field.TEAM),
              Map.entry("dept_id", Field.TEAM), Map.entry("department", Field.TEAM),
              Map.entry("manager_id", Field.MANAGER), Map.entry("supervisor_id", Field.MANAGER),
              Map.entry("reports_to", Field.MANAGER), Map.entry("email_address", Field.EMAIL),
              Map.entry("work_email", Field.EMAIL), Map.entry("mail", Field.EMAIL),
              Map.entry("annual_cost", Field.COST), Map.entry("yearly_cost", Field.COST))),
      Section.TEAMS, CsvColumns.Layout.of(Section.TEAMS, Set.of(), Map.of(
          "team_id", Field.ID, "department_id", Field.ID, "dept_id", Field.ID,
          "team_name", Field.NAME, "department_name", Field.NAME, "dept_name", Field.NAME,
          "manager_id", Field.LEAD, "lead_id", Field.LEAD)),
      Section.CUSTOMERS, CsvColumns.Layout.of(Section.CUSTOMERS, Set.of(), Map.of(
          "annual_revenue", Field.REVENUE, "yearly_revenue", Field.REVENUE)),
      Section.PARTNERS, CsvColumns.Layout.of(Section.PARTNERS, Set.of(), Map.of()),
      Section.LINKS, CsvColumns.Layout.of(Section.LINKS, Set.of(EXPECTATIONS, COMMITMENTS), Map.of()),
      Section.PROCEDURES, CsvColumns.Layout.of(Section.PROCEDURES, Set.of(APPROVALS, SERVES), Map.of()));

  private CsvHeaders() {}

  static CsvColumns.Layout layout(Section section) {
    return LAYOUTS.get(section);
  }
}
