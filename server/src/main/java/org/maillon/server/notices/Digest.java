package org.maillon.server.notices;

import java.util.List;
import org.maillon.diagnosis.Finding;

/**
 * What one lead's weekly digest says of their teams, all of it what the pages already show them.
 *
 * @param teams the names of the teams they lead
 * @param findings the findings about those teams
 * @param overdueLinks the links of those teams overdue for listening, {@code team → customer}
 * @param actions the teams' actions still open or in progress, {@code title (due day)}
 * @param verbatims the verbatims of the teams' published batches, all told
 * @param newVerbatims those published since the lead's previous digest
 */
record Digest(List<String> teams, List<Finding> findings, List<String> overdueLinks, List<String> actions,
    int verbatims, int newVerbatims) {}
