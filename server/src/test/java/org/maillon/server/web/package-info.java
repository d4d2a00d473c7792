/**
 * Browser tests of the pages of the five actions, in a real headless Chromium driven by Selenium:
 * Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, never a downloaded one.
 */
package org.maillon.server.web;
