package org.maillon.centricity;

/**
 * What fixing one cost would add to the index: 100 × the component's share × (value once fixed −
 * value now), all else equal.
 */
public record Gain(String code, String subject, Component component, double gain) {}
