package org.maillon.centricity;

import org.maillon.diagnosis.Subject;

/**
 * Something that costs a component points — a finding of the diagnosis, an overdue link, a stale
 * card — with the component's value once it is fixed, all else equal.
 *
 * @param code the finding's code (e.g. {@code UNCOVERED_EXPECTATION}) or the index's own
 *     ({@code LISTENING_OVERDUE}, {@code STALE_CARD})
 * @param subject what it concerns: a team, a link, an expectation, a procedure, the organisation
 * @param component the component it lowers
 * @param fixedValue the component's normalised value (0–1) once this alone is fixed
 */
public record Cost(String code, Subject subject, Component component, double fixedValue) {}
