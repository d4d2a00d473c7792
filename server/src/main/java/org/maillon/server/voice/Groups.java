package org.maillon.server.voice;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.maillon.server.voice.VoiceRecords.Response;
import org.maillon.voice.Anonymity;
import org.maillon.voice.GroupVoice;
import org.maillon.voice.Tally;

/**
 * Responses partitioned by a key (customer, quarter) into tallies, in the order of the keys given,
 * with the anonymity rules applied to the partition. Grouping costs O(keys + responses).
 */
final class Groups {

  private final Map<String, Tally> tallies = new LinkedHashMap<>();
  private final Map<String, Integer> positions = new HashMap<>();
  private final Anonymity.Suppression suppression;

  private Groups(List<String> keys, List<Response> responses, Function<Response, String> key, int threshold) {
    keys.forEach(k -> tallies.put(k, new Tally()));
    for (Response response : responses) {
      tallies.computeIfAbsent(key.apply(response), k -> new Tally()).add(response.nps(), response.csat());
    }
    tallies.keySet().forEach(k -> positions.put(k, positions.size()));
    suppression = Anonymity.suppress(threshold, tallies.values().stream().mapToInt(Tally::responses).toArray());
  }

  /** Groups every response by its key; keys the list lacks come last, in order of appearance. */
  static Groups of(List<String> keys, List<Response> responses, Function<Response, String> key, int threshold) {
    return new Groups(keys, responses, key, threshold);
  }

  /** The keys, in order. */
  List<String> keys() {
    return List.copyOf(tallies.keySet());
  }

  /** True when the partition's total is below the threshold. */
  boolean totalHidden() {
    return suppression.totalHidden();
  }

  /** True when this group is hidden in the partition, or unknown. */
  boolean hidden(String key) {
    Integer position = positions.get(key);
    return position == null || suppression.isHidden(position);
  }

  /** The group's figures; hidden when the partition hides it or when {@code forceHidden}. */
  GroupVoice voice(String key, boolean forceHidden) {
    return tallies.get(key).voice(forceHidden || hidden(key));
  }

  /** The group's figures, or those of an empty, hidden group for a key outside the partition. */
  GroupVoice voiceOrEmpty(String key) {
    return tallies.containsKey(key) ? voice(key, false) : new Tally().voice(true);
  }
}
