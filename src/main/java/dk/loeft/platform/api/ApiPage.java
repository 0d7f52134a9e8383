package dk.loeft.platform.api;

import dk.loeft.platform.Paged;
import java.util.List;

/** One page of a list in the API: the items and where they sit in the whole list. */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> ApiPage<T> of(Paged<T> paged) {
        return new ApiPage<>(paged.items(), paged.page(), paged.size(), paged.totalItems(), paged.totalPages());
    }
}
