package org.maillon.server.scenarios;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.maillon.server.scenarios.ScenarioService.WhatIf;

/**
 * The last scenarios viewed, applied and diagnosed, so that the page, the org chart of its result read a level
 * at a time and the page after each operation do not apply and diagnose the scenario again: at 100,000 people
 * that is a second or two each time. An entry is found by the scenario's id, its last change, its base version
 * and the day of the diagnosis, so a change or a new day never reads a stale one; a change also evicts the
 * scenario at once. At most {@link #KEPT} are kept, the least recently viewed going first, since each holds
 * two diagnosed organisations.
 */
final class ScenarioViews {

  /** The most scenario views kept. */
  static final int KEPT = 8;

  private record Key(String id, Instant updatedAt, long baseVersion, LocalDate day) {}

  private final Map<Key, WhatIf> views = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, WhatIf> eldest) {
      return size() > KEPT;
    }
  };

  /** The view of this scenario as it stands, kept, or computed and kept. */
  WhatIf of(SavedScenario scenario, LocalDate day, Supplier<WhatIf> compute) {
    Key key = new Key(scenario.id(), scenario.updatedAt(), scenario.baseVersion(), day);
    synchronized (views) {
      WhatIf kept = views.get(key);
      if (kept != null) {
        return kept;
      }
    }
    WhatIf computed = compute.get();
    synchronized (views) {
      views.put(key, computed);
    }
    return computed;
  }

  /** Forgets every view of the scenario: it changed or went. */
  void evict(String id) {
    synchronized (views) {
      views.keySet().removeIf(key -> key.id().equals(id));
    }
  }

  /** How many views are kept, for tests. */
  int size() {
    synchronized (views) {
      return views.size();
    }
  }
}
