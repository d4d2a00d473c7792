/**
 * The organisation as its model file states it: final customers, partners, teams, people and the
 * links of service between them, with the expectations and commitments carried by each link.
 * Plain immutable records; the readers build them and the diagnosis reads them.
 */
package org.maillon.model;
