package org.maillon.server.orgchart;

/**
 * A person as the org chart draws them: a line of the tree that opens on their direct reports.
 *
 * @param name null when the model gives none (the page then says so, never showing the id)
 * @param layer the person's level, 1 for a top
 * @param reports the number of their direct reports (their span)
 * @param position their place among their manager's direct reports (or among the tops), in id order,
 *     from 0: the page loads the reports up to it to open the tree down to them
 */
public record OrgChartPerson(String id, String name, String title, int layer, int reports, int position) {}
