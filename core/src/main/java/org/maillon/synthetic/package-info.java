/**
 * Synthetic organisations of any size, of a realistic shape, for benchmarks and demonstrations: the
 * same size and seed always give the same organisation, and it always passes validation. Generation
 * runs in time linear in the number of people, so two million people are no harder than two thousand.
 */
package org.maillon.synthetic;
