package org.maillon.server.valuechain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.maillon.valuechain.FlowLayout;

/**
 * One column of the value chain's flow in words, for those who do not see the drawing: its heading,
 * how many nodes stand in it, and the first {@value #NAMED} of their names, alphabetically.
 *
 * @param more how many nodes are in the column beyond those named
 */
public record FlowText(String heading, int count, List<String> names, int more) {

  static final int NAMED = 40;

  /** The columns left to right, then the nodes set apart (when any). O(nodes log nodes). */
  public static List<FlowText> of(ChainFlow flow, ValueChainIndex index, ChainGraph.Words words) {
    FlowLayout layout = flow.layout();
    List<List<String>> columns = new ArrayList<>();
    for (int c = 0; c <= layout.columns(); c++) {
      columns.add(new ArrayList<>());
    }
    for (int i = 0; i < flow.ids().size(); i++) {
      columns.get(layout.apart(i) ? layout.columns() : layout.column(i)).add(index.label(flow.ids().get(i)));
    }
    List<FlowText> texts = new ArrayList<>();
    for (int c = 0; c <= layout.columns(); c++) {
      List<String> names = columns.get(c);
      if (c < layout.columns() || !names.isEmpty()) {
        names.sort(Comparator.comparing(String::toLowerCase));
        String heading = c < layout.columns() ? words.column(layout.columnHops(c)) : words.apart();
        texts.add(new FlowText(heading, names.size(), List.copyOf(names.subList(0, Math.min(NAMED, names.size()))),
            Math.max(0, names.size() - NAMED)));
      }
    }
    return texts;
  }
}
