/** The scenario pages: a scenario drafted operation by operation, its diff, two compared, its promotion. */
package org.maillon.server.scenarios.web;
