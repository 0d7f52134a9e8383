package dk.loeft.coverage;

import java.util.List;

/** One page of the filtered institution list. */
public record InstitutionListPage(List<InstitutionListRow> rows, InstitutionFilter filter, long total) {

    public InstitutionListPage {
        rows = List.copyOf(rows);
    }

    public int pages() {
        return (int) Math.max(1, (total + InstitutionFilter.PAGE_SIZE - 1) / InstitutionFilter.PAGE_SIZE);
    }

    public int page() {
        return Math.min(filter.page(), pages());
    }

    public long firstRow() {
        return total == 0 ? 0 : (long) (page() - 1) * InstitutionFilter.PAGE_SIZE + 1;
    }

    public long lastRow() {
        return firstRow() == 0 ? 0 : firstRow() + rows.size() - 1;
    }
}
