package org.maillon.server.valuechain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.organization.PerDiagnosis;
import org.maillon.valuechain.FlowLayout;
import org.maillon.valuechain.NodeKind;

/**
 * The whole value chain laid out as a flow by the core's {@link FlowLayout}, as the command line's
 * report lays it out, once per diagnosis: each node's hops to the final customer (partners included)
 * and its column and row, nodes in id order within a column. Linear in nodes and links.
 */
public final class ChainFlow {

  private static final PerDiagnosis<ChainFlow> CACHE = new PerDiagnosis<>(ChainFlow::new);

  private final ValueChainIndex index;
  private final List<String> ids;
  private final Map<String, Integer> positions = new HashMap<>();
  private final boolean[] partner;
  private final int[] distances;
  private final FlowLayout layout;

  ChainFlow(Diagnosis diagnosis) {
    index = ValueChainIndex.of(diagnosis);
    ids = index.ids().stream().sorted().toList();
    for (int i = 0; i < ids.size(); i++) {
      positions.put(ids.get(i), i);
    }
    Map<String, Integer> teamHops = new HashMap<>();
    for (int rank = 0; rank < diagnosis.teamCount(); rank++) {
      Integer hops = diagnosis.team(rank).hopsToCustomer();
      teamHops.put(diagnosis.team(rank).id(), hops == null ? FlowLayout.UNREACHABLE : hops);
    }
    int[] hops = new int[ids.size()];
    partner = new boolean[ids.size()];
    List<int[]> links = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String kind = index.kind(ids.get(i));
      partner[i] = ValueChainIndex.PARTNER.equals(kind);
      hops[i] = ValueChainIndex.CUSTOMER.equals(kind) ? 0 : teamHops.getOrDefault(ids.get(i), FlowLayout.UNREACHABLE);
      for (String customer : index.customers(ids.get(i))) {
        Integer to = positions.get(customer);
        if (to != null) {
          links.add(new int[] {i, to});
        }
      }
    }
    distances = FlowLayout.distances(hops, partner, links.stream().mapToInt(l -> l[0]).toArray(),
        links.stream().mapToInt(l -> l[1]).toArray());
    layout = FlowLayout.of(distances, partner);
  }

  public static ChainFlow of(Diagnosis diagnosis) {
    return CACHE.of(diagnosis);
  }

  /** The nodes, by id: node {@code i} of the layout is {@code ids().get(i)}. */
  public List<String> ids() {
    return ids;
  }

  public FlowLayout layout() {
    return layout;
  }

  /** The node's hops to a final customer, {@link FlowLayout#UNREACHABLE} when it reaches none. */
  public int distance(String id) {
    return distances[positions.get(id)];
  }

  public boolean partner(String id) {
    return partner[positions.get(id)];
  }

  public NodeKind kind(String id) {
    return NodeKind.ofCode(index.kind(id));
  }

  /**
   * The node and every node on its shortest paths to the final customers: reached from it along links
   * that each come one hop closer, breadth first, at most {@code most} nodes. Empty for an unknown id.
   */
  public Set<String> pathToCustomers(String id, int most) {
    Set<String> path = new LinkedHashSet<>();
    if (id == null || !positions.containsKey(id)) {
      return path;
    }
    path.add(id);
    ArrayDeque<String> queue = new ArrayDeque<>(List.of(id));
    while (!queue.isEmpty() && path.size() < most) {
      String node = queue.poll();
      int distance = distance(node);
      for (String customer : index.customers(node)) {
        if (distance > 0 && distance(customer) == distance - 1 && path.size() < most && path.add(customer)) {
          queue.add(customer);
        }
      }
    }
    return path;
  }
}
