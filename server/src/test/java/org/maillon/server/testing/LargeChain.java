package org.maillon.server.testing;

import java.nio.charset.StandardCharsets;

/** A value chain too large to draw node by node, whose groups and paths are known by heart. */
public final class LargeChain {

  private LargeChain() {}

  /**
   * 5 final customers; 50 front-line teams, each serving one; 100 core teams serving them, 50 more
   * serving those; 10 support teams serving nobody: 215 nodes, above the 150 that the value chain
   * page draws one by one.
   */
  public static byte[] json() {
    StringBuilder json = new StringBuilder("{\"organization\":\"Large\",\"customers\":[");
    for (int c = 0; c < 5; c++) {
      json.append(c == 0 ? "" : ",").append("{\"id\":\"c-").append(c).append("\"}");
    }
    json.append("],\"teams\":[");
    for (int t = 0; t < 210; t++) {
      String kind = t < 50 ? "front-line" : t < 200 ? "core" : "support";
      json.append(t == 0 ? "" : ",").append("{\"id\":\"t-").append(t).append("\",\"kind\":\"").append(kind).append("\"}");
    }
    json.append("],\"links\":[");
    for (int t = 0; t < 200; t++) {
      String to = t < 50 ? "c-" + t % 5 : t < 150 ? "t-" + t % 50 : "t-" + (50 + t % 100);
      json.append(t == 0 ? "" : ",").append("{\"from\":\"t-").append(t).append("\",\"to\":\"").append(to).append("\"}");
    }
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
