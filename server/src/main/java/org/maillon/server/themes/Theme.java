package org.maillon.server.themes;

import java.util.List;

/**
 * A theme: one stemmed term that recurs across verbatims, shown by its most frequent written form.
 *
 * @param term the analysed (stemmed) term that groups the verbatims
 * @param label the form respondents wrote most often, to show
 * @param count how many verbatims mention it
 * @param detractors how many of those come from detractors (0–6)
 * @param promoters how many of those come from promoters (9–10)
 * @param samples up to three verbatims that mention it, as written
 */
public record Theme(String term, String label, int count, int detractors, int promoters, List<String> samples) {}
