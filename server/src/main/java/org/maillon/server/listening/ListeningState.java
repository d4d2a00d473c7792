package org.maillon.server.listening;

/**
 * How far the listening data has grown: the last id of campaigns, invitations, responses and
 * conversations. Those rows are only ever added, in transactions, so an unchanged state means
 * unchanged data, and a caller that keeps what it derived from them (the centricity index) knows
 * when to derive it again. Pulses share these tables, so a pulse changes it too.
 */
public record ListeningState(long campaigns, long invitations, long responses, long conversations) {}
