package org.maillon.centricity;

/**
 * One component as scored: what it is worth, what it weighs and what it contributes.
 *
 * @param component which one
 * @param value the normalised value, 0–1; null when it has no data (then left out)
 * @param weight the weight set for it
 * @param share weight / the sum of the weights of the components with data; 0 when left out
 * @param points 100 × share × value: what it contributes to the index
 * @param lost 100 × share × (1 − value): what fixing it entirely would gain
 */
public record Part(Component component, Double value, double weight, double share, double points, double lost) {

  public boolean included() {
    return value != null;
  }
}
