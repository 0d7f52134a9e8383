/** The candidates page (/planer/kandidater): eligible staff by track and date, nominations and their withdrawal. */
@NullMarked
package dk.loeft.plan.candidates.web;

import org.jspecify.annotations.NullMarked;
