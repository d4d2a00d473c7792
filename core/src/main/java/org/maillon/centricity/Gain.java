package org.maillon.centricity;

import org.maillon.diagnosis.Subject;

/**
 * What fixing one cost would add to the index: 100 × the component's share × (value once fixed −
 * value now), all else equal.
 */
public record Gain(String code, Subject subject, Component component, double gain) {}
