package dk.loeft.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: the items, which page (from 0), its size and how many there are in all. */
public record Paged<T>(List<T> items, int page, int size, long totalItems) {

    public static final int MAX_SIZE = 200;

    public Paged {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }

    /** The page number and size a caller asked for, clamped to sensible bounds. */
    public record Request(int page, int size) {

        public Request {
            page = Math.max(0, page);
            size = Math.clamp(size, 1, MAX_SIZE);
        }

        public int offset() {
            return page * size;
        }
    }
}
