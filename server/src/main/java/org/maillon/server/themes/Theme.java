package org.maillon.server.themes;

import java.util.List;

/**
 * A theme: one stemmed term that recurs across verbatims, shown by its most frequent written form.
 * It says how many verbatims mention it, never how many of them come from detractors or promoters:
 * such a count, compared before and after a batch that brings one verbatim with the term, would
 * give that verbatim's score class away.
 *
 * @param term the analysed (stemmed) term that groups the verbatims
 * @param label the form respondents wrote most often, to show
 * @param count how many verbatims mention it
 * @param samples up to three verbatims that mention it, as written
 */
public record Theme(String term, String label, int count, List<String> samples) {}
