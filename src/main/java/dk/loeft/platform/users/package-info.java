/**
 * User administration (brugere): a kommune's forvaltning manages its own kommune's accounts and
 * API keys; the ministry manages the national accounts and creates a kommune's first forvaltning.
 */
@NullMarked
package dk.loeft.platform.users;

import org.jspecify.annotations.NullMarked;
