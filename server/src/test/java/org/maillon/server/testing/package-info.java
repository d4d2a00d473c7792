/**
 * What the server's tests share: a real PostgreSQL started from Maven artifacts (also when the
 * tests run as root, as CI does), an HTTP client that signs in, and the example models.
 */
package org.maillon.server.testing;
