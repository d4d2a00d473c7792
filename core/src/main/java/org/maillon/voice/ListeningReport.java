package org.maillon.voice;

import java.util.List;

/**
 * The regularity of listening over a set of links.
 *
 * @param onTimeShare {@code onTime / links}, from 0 to 1; null without links
 * @param links how many links were assessed
 * @param onTime how many of them were listened to within their cadence
 * @param overdue the overdue links, in the order of the links given
 */
public record ListeningReport(Double onTimeShare, int links, int onTime, List<LinkListening> overdue) {}
