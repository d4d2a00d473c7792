package org.maillon.voice;

/**
 * The figures of one group of responses as they may be shown: when {@code hidden}, the scores are
 * null and only the counts of responses remain.
 *
 * @param responses how many responses the group holds
 * @param nps the recommendation score
 * @param csat the satisfaction mean
 * @param hidden true when anonymity withholds the scores
 */
public record GroupVoice(int responses, Nps nps, Csat csat, boolean hidden) {}
