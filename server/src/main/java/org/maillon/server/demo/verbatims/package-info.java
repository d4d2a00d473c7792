/**
 * The demo's verbatims: short French and English answers about a kitchen manufacturer's internal
 * and external service, whose tone matches the score given, so that the generated listening history
 * shows realistic themes.
 */
package org.maillon.server.demo.verbatims;
