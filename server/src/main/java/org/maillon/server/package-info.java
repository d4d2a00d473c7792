/**
 * Maillon as a web application. Each sub-package is one feature: {@code organization} keeps the
 * imported versions of the model and the diagnosis of the current one, {@code diagnosis},
 * {@code people} and {@code teams} serve its figures, {@code security} signs users in and decides
 * who may see what, and {@code system} holds what every feature shares (errors, locale, pages'
 * frame, demo mode).
 */
package org.maillon.server;
