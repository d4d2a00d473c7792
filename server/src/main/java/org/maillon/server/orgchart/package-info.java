/**
 * The org chart: the reporting tree served a level at a time ({@code GET /api/org-chart/tops},
 * {@code GET /api/people/{id}/reports}) and the paths from the top to people found by name
 * ({@code GET /api/org-chart/paths}), for the collapsible tree of the hierarchy page and of a
 * person's place, and the same tree of a scenario's result on its page. Managers and admins see it; a
 * member sees their own place only.
 */
package org.maillon.server.orgchart;
