/** The history page: each version of the organisation against the one before it, in words and names. */
package org.maillon.server.history.web;
