package dk.loeft.platform.web;

/** One entry of the main menu: its section key (for highlighting), path and message key. */
public record NavigationItem(String section, String path, String labelKey) {}
