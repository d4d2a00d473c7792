/**
 * The diagnosis of the current organisation as the JSON document of docs/diagnosis-json.md
 * ({@code GET /api/diagnosis}), byte for byte what {@code maillon diagnose --format json} prints.
 */
package org.maillon.server.diagnosis;
