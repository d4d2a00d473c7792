package org.maillon.server.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The customer knowledge settings ({@code maillon.knowledge.*}).
 *
 * @param freshnessDays a card is fresh when each facet has an entry dated strictly after today minus
 *     this many days
 */
@ConfigurationProperties("maillon.knowledge")
record KnowledgeProperties(@DefaultValue("180") int freshnessDays) {}
