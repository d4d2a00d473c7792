package org.maillon.voice;

import java.time.Instant;

/**
 * Where one link stands in its listening.
 *
 * @param team the supplier team
 * @param customer the customer
 * @param lastListened the latest response or conversation, or null when never listened to
 * @param cadenceDays the cadence that applies to the link
 * @param dueSince when the next listening fell due: {@code lastListened + cadence}; null when never
 *     listened to, as such a link was due from the start
 * @param overdue true when never listened to, or when {@code lastListened} is older than
 *     {@code now − cadence}
 */
public record LinkListening(String team, String customer, Instant lastListened, int cadenceDays, Instant dueSince,
    boolean overdue) {}
