/** Team cards ({@code /teams}, {@code /teams/{id}}): suppliers, customers, duties and requirements. */
package org.maillon.server.teams.web;
