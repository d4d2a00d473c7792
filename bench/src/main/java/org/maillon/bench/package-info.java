/**
 * Benchmarks of Maillon, and the same figures computed by the tools a user would otherwise reach
 * for: JGraphT, PostgreSQL recursive CTEs and Python networkx. Every alternative's figures are
 * checked equal to Maillon's before any of its times is reported. Not part of the build's tests:
 * see {@code docs/benchmarks.md} for how to run them.
 */
package org.maillon.bench;
