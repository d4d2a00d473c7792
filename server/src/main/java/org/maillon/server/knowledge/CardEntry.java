package org.maillon.server.knowledge;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One piece of knowledge on a customer's card: what was learnt ({@code text}), in which facet, on
 * which day ({@code date}, the day the information is from), from which source, who recorded it
 * and when ({@code recordedAt}).
 */
public record CardEntry(long id, String customer, Facet facet, LocalDate date, String text, String author,
    Source source, OffsetDateTime recordedAt) {}
