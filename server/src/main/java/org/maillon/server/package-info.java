/**
 * Maillon as a web application. Each sub-package is one feature, a module that others use only
 * through its top-level public types (docs/architecture.md draws who uses whom):
 *
 * <ul>
 *   <li>{@code organization} keeps the imported versions of the model and the diagnosis of the
 *       current one, which every other feature reads;
 *   <li>{@code diagnosis} (the diagnosis JSON, the home page and the pages' menu), {@code people},
 *       {@code teams}, {@code hierarchy}, {@code valuechain} and {@code bureaucracy} show the
 *       figures of that diagnosis;
 *   <li>{@code knowledge} keeps the customer cards; {@code listening} runs the campaigns, pulses and
 *       logged conversations; {@code voice}, {@code themes} and {@code pulse} say what they heard;
 *       {@code centricity} sums it all up in one index;
 *   <li>{@code security} signs users in and decides who may see what; {@code storage} is the
 *       database; {@code system} holds what every feature shares (problem details, languages,
 *       request limits, the clock); {@code startup} says in one line why Maillon cannot start;
 *       {@code demo} fills a fresh database for a demonstration.
 * </ul>
 */
package org.maillon.server;
