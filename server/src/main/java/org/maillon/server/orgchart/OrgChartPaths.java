package org.maillon.server.orgchart;

import java.util.List;

/**
 * People found, each with the path from their top down to them (the person last), so that the page
 * opens the tree down to them.
 *
 * @param total how many people were found, of whom at most {@link OrgChart#MATCHES} are given
 */
public record OrgChartPaths(int total, List<List<OrgChartPerson>> paths) {

  public OrgChartPaths {
    paths = paths.stream().map(List::copyOf).toList();
  }
}
