package org.maillon.voice;

/**
 * The published figures of one group of responses. Every figure counts published answers only
 * ({@link Batches}), so a group whose first batch is not complete shows nothing, exactly like a
 * group nobody answered: {@code hidden}, scores null, counts 0.
 *
 * @param responses how many published responses the group holds
 * @param nps the recommendation score of its published answers
 * @param csat the satisfaction mean of its published answers
 * @param hidden true when nothing of the group is published yet
 */
public record GroupVoice(int responses, Nps nps, Csat csat, boolean hidden) {}
