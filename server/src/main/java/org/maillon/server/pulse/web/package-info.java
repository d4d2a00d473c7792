/** The pulse page, {@code /pulse}: per team, the pulse means beside the structural figures. */
package org.maillon.server.pulse.web;
