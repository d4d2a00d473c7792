/**
 * The home page's view of the diagnosis: the anti-value chain at a glance (its three links with
 * their figures and findings) and the five actions; and what every page derives once per diagnosis.
 */
package org.maillon.server.diagnosis.web;
