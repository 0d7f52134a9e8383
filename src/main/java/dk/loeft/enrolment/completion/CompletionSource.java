package dk.loeft.enrolment.completion;

/** How a result came in: typed by the forvaltning, or imported from the provider's file. */
public enum CompletionSource {
    MANUAL,
    IMPORT
}
