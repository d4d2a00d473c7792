package org.maillon.diagnosis;

import java.util.List;
import java.util.Map;
import org.maillon.hierarchy.LayerCosts;
import org.maillon.valuechain.RevenueReach;
import tools.jackson.core.JsonGenerator;

/**
 * The optional amounts of the diagnosis JSON — what the layers cost, what revenue a team reaches —
 * written as null when the model states none, and keyed by depth or distance as objects, so that a
 * version diff compares each layer's cost as a figure of its own.
 */
final class MoneyJson {

  private MoneyJson() {}

  static void layerCosts(JsonGenerator json, LayerCosts costs) {
    if (costs == null) {
      json.writeNullProperty("costs");
      return;
    }
    json.writeObjectPropertyStart("costs");
    json.writeNumberProperty("peopleWithCost", costs.peopleWithCost());
    json.writeNumberProperty("total", costs.total());
    json.writeObjectPropertyStart("byLayer");
    List<Double> byLayer = costs.byLayer();
    for (int depth = 0; depth < byLayer.size(); depth++) {
      json.writeNumberProperty(Integer.toString(depth), byLayer.get(depth));
    }
    json.writeEndObject();
    json.writeNumberProperty("management", costs.management());
    json.writeNumberProperty("managementShare", costs.managementShare());
    json.writeEndObject();
  }

  static void revenueReached(JsonGenerator json, RevenueReach reach) {
    if (reach == null) {
      json.writeNullProperty("revenueReached");
      return;
    }
    json.writeObjectPropertyStart("revenueReached");
    json.writeNumberProperty("customersWithRevenue", reach.customersWithRevenue());
    json.writeNumberProperty("revenue", reach.revenue());
    json.writeObjectPropertyStart("shareByHops");
    for (Map.Entry<Integer, Double> share : reach.shareByHops().entrySet()) {
      json.writeNumberProperty(share.getKey().toString(), share.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
  }
}
