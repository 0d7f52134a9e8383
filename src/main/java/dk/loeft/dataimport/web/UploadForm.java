package dk.loeft.dataimport.web;

import dk.loeft.dataimport.ImportKind;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** What the upload form sends besides the file: what the file holds. */
record UploadForm(@NotNull @Nullable ImportKind kind) {

    static UploadForm empty() {
        return new UploadForm(null);
    }
}
