/**
 * The bureaucracy page ({@code /bureaucracy}): the organisation's procedures and approval circuits,
 * procedures per 100 people by team, the bureaucratisation findings, and requirements and duties
 * matched link by link (its {@code #agreements} section, which the page says belongs to
 * technocratisation: unmatched agreements are not procedures). Also the small procedures part of the
 * team card. Everything is derived once per diagnosis and lists are capped,
 * so no request walks the people.
 */
package org.maillon.server.bureaucracy.web;
