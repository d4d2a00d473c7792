package org.maillon.hierarchy;

/**
 * The source text's yardstick: Caesar's legion led 6,000 combatants with 3 levels between the
 * general and the legionary, 60 officers in all.
 */
public record Legion(int headcount, int levelsBetweenTopAndBase, int officers) {

  public static final Legion CAESAR = new Legion(6000, 3, 60);
}
