package dk.loeft.dataimport;

import java.time.LocalDate;
import java.util.Set;

/** What checking a file needs to know beyond the file: today, and the kommune's institution numbers. */
record CheckContext(LocalDate today, Set<String> institutionNumbers) {}
