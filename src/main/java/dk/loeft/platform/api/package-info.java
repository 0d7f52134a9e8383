/**
 * The REST API's infrastructure: per-kommune API tokens (API-nøgler) and their bearer
 * authentication, RFC 9457 problem details for every API error, paging and the OpenAPI description.
 */
@NullMarked
package dk.loeft.platform.api;

import org.jspecify.annotations.NullMarked;
