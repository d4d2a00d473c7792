/**
 * The organisation's model as pages: its versions, the import of a new one by an admin (a form
 * with CSRF; a rejected model lists every located problem and changes nothing) and its export.
 */
package org.maillon.server.organization.web;
