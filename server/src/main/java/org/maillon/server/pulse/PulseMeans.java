package org.maillon.server.pulse;

/**
 * The published figures of one group of pulse responses: its published batches
 * ({@link org.maillon.voice.Batches}). When nothing of it is published, it is {@code hidden}: no
 * mean, 0 responses.
 *
 * @param responses how many published responses the group holds
 * @param hoursLost the mean hours lost per week to internal procedures and reporting (0–60)
 * @param customerShare the mean percent of time spent on customers, internal or final (0–100)
 * @param freedom the mean freedom to decide without approval (1–5)
 * @param hidden true when nothing of the group is published yet
 */
public record PulseMeans(int responses, Double hoursLost, Double customerShare, Double freedom, boolean hidden) {}
