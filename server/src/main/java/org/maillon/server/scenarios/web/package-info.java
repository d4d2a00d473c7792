/**
 * The scenario pages: a scenario drafted operation by operation on the org chart of its result (served as the
 * org chart's JSON under the scenario's address), its diff and value chain before and after, two compared, its
 * promotion.
 */
package org.maillon.server.scenarios.web;
