/**
 * SCIM 2.0 provisioning (RFC 7643/7644) at {@code /scim/v2}, as Microsoft Entra ID and Okta speak
 * it (docs/scim.md): an identity provider creates, changes and deactivates users with a bearer
 * token an admin made. What it is answered 2xx is kept at once in this module's tables and read
 * back from them; a scheduled fold turns it into one model version authored "SCIM" at most once
 * per {@code maillon.scim.batch}, with leavers taken out, their reports moved up, and departments
 * mapped to teams through a table admins keep. This module alone names the {@code scim_*} tables.
 */
package org.maillon.server.scim;
