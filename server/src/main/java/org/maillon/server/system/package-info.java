/**
 * What every feature shares: errors as RFC 9457 problem details, the language of a request, the
 * frame of the pages (layout, home, sign-in and error pages, message bundles), the OpenAPI
 * description, and demo mode.
 */
package org.maillon.server.system;
