/**
 * Customer knowledge, the fourth action: to serve a customer, internal or final, know their
 * opinions, projects, stakes and objective needs. Keeps a card per customer (dated entries in four
 * facets), says whether it is fresh, and how well each team, each collaborator and the whole
 * organisation know their customers. Other modules read the coverage through
 * {@link org.maillon.server.knowledge.CustomerKnowledge} and {@link org.maillon.server.knowledge.Coverage},
 * and the demo records entries through the same service ({@code EntryForm}, {@code Facet},
 * {@code Source}); the other public types serve this module's pages ({@code knowledge.web}) only.
 */
package org.maillon.server.knowledge;
