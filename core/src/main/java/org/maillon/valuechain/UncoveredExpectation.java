package org.maillon.valuechain;

/** An expectation on the link to {@code link} (the customer's id) that no commitment answers. */
public record UncoveredExpectation(String link, String expectation) {}
