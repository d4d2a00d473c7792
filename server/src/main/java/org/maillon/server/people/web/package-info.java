/** "My place in the chain" ({@code /me}, {@code /people/{id}}): a collaborator's path to the final customer. */
package org.maillon.server.people.web;
