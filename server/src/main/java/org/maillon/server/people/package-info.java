/**
 * A collaborator's place in the chain ({@code GET /api/people/{id}}): their depth, manager and
 * direct reports, and the path from their team to the final customer. Managers and admins see
 * anyone's; a member sees their own.
 */
package org.maillon.server.people;
