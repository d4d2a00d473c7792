/**
 * The customer knowledge pages: the customers with their coverage ({@code /customers}), one
 * customer's card with its form ({@code /customers/{id}}), and "my customers" ({@code /me/customers}).
 */
package org.maillon.server.knowledge.web;
