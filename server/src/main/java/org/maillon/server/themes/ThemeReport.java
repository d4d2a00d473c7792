package org.maillon.server.themes;

import java.util.List;

/**
 * The themes of a set of verbatims.
 *
 * @param verbatims how many verbatims were analysed
 * @param recurring themes mentioned by at least two verbatims, most frequent first
 * @param detractorThemes themes that go with detractors rather than promoters, strongest first; empty
 *     while fewer verbatims than the anonymity threshold come from detractors
 * @param promoterThemes themes that go with promoters rather than detractors, strongest first; empty
 *     while fewer verbatims than the anonymity threshold come from promoters
 */
public record ThemeReport(int verbatims, List<Theme> recurring, List<Theme> detractorThemes,
    List<Theme> promoterThemes) {}
