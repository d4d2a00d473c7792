package org.maillon.server.orgchart;

import java.util.List;

/**
 * A page of the tops or of one person's direct reports, in id order: a span of thousands is
 * served a page at a time.
 *
 * @param total how many there are in all
 * @param offset the position of the first one of this page
 */
public record OrgChartPage(int total, int offset, List<OrgChartPerson> people) {

  public OrgChartPage {
    people = List.copyOf(people);
  }
}
