package org.maillon.server.scim;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How SCIM's changes reach the model ({@code maillon.scim.*}).
 *
 * @param batch the least time between two versions made of SCIM's changes: a first provisioning
 *     cycle of a thousand users is one version, not a thousand
 * @param poll how often the folder looks for changes once a batch is due
 */
@ConfigurationProperties("maillon.scim")
record ScimSettings(@DefaultValue("PT1M") Duration batch, @DefaultValue("PT5S") Duration poll) {}
