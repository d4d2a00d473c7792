package org.maillon.server.pulse;

/**
 * The figures of one group of pulse responses as they may be shown: when {@code hidden}, the means
 * are null and only the number of responses remains.
 *
 * @param responses how many responses the group holds; always shown
 * @param hoursLost the mean hours lost per week to internal procedures and reporting (0–60)
 * @param customerShare the mean percent of time spent on customers, internal or final (0–100)
 * @param freedom the mean freedom to decide without approval (1–5)
 * @param hidden true when anonymity withholds the means
 */
public record PulseMeans(int responses, Double hoursLost, Double customerShare, Double freedom, boolean hidden) {}
