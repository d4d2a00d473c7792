/**
 * Cards that show one collaborator or one team where they stand toward the final customer: a
 * person's place (manager chain and value chain) and a team card (suppliers, customers, duties and
 * requirements). They are read-only views assembled from a diagnosis and its model, shared by the
 * command line and the server so both say the same thing.
 */
package org.maillon.card;
