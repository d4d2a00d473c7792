/**
 * What every feature shares: errors as RFC 9457 problem details, the language of a request, the
 * frame of the pages (layout, home, sign-in and error pages, message bundles), the OpenAPI
 * description, demo mode, and the limits on what a request may send.
 */
package org.maillon.server.system;
