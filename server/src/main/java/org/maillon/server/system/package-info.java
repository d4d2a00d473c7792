/**
 * What every feature shares: errors of the API as RFC 9457 problem details, the language of an
 * answer and of the pages, what every page's layout needs, the one writer of
 * JSON embedded in pages, the OpenAPI description, the limits on what a request may send (and the
 * page that says a body was too large), the one clock, and trusting a reverse proxy's headers.
 * The home page is {@code diagnosis.web}'s; demo mode is {@code demo}.
 */
package org.maillon.server.system;
