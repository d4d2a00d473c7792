/**
 * The home page's view of the diagnosis: the anti-value chain at a glance (its three links with
 * their figures and findings) and the five actions; and the frame's menu, with the links that
 * switch the language, which every page shows.
 */
package org.maillon.server.diagnosis.web;
