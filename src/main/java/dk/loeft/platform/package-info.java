/** Shared foundations: the database, tenancy, accounts and login, time and the page layout. */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.loeft.platform;

import org.jspecify.annotations.NullMarked;
