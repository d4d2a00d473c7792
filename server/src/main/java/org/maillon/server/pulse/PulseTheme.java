package org.maillon.server.pulse;

/**
 * A theme of what collaborators wrote in their pulses, as the page and the API show it: no sample,
 * only what recurs (see {@link PulseThemes}).
 *
 * @param term the analysed term that groups the texts
 * @param label the wording respondents wrote most often
 * @param count how many published responses mention it, at least the anonymity threshold
 */
public record PulseTheme(String term, String label, int count) {}
