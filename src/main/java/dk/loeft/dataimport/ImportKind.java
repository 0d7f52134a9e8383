package dk.loeft.dataimport;

import static dk.loeft.dataimport.ImportColumn.optional;
import static dk.loeft.dataimport.ImportColumn.required;

import dk.loeft.platform.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a file holds: the kommune's institutions, its children counts per month, its staff, or its grant expenditure. */
public enum ImportKind {
    INSTITUTIONS(
            "institutioner",
            List.of(
                    required("institution.number", "institutionsnummer", "1042", "institutionsnr", "inst nr", "nummer"),
                    required("institution.name", "navn", "Børnehuset Solsikken", "institutionsnavn", "institution"),
                    required("institution.kind", "type", "integreret", "institutionstype", "tilbudstype"),
                    required("institution.ownership", "ejerform", "kommunal", "driftsform"),
                    optional("institution.area", "område", "Område Nord", "distrikt"),
                    optional("institution.street", "adresse", "Solsikkevej 12", "vej", "gade"),
                    optional("institution.postalcode", "postnummer", "2610", "postnr"),
                    optional("institution.city", "by", "Rødovre", "postdistrikt", "bynavn"))),
    CHILDREN_COUNTS(
            "boernetal",
            List.of(
                    required("children.institution", "institutionsnummer", "1042", "institutionsnr", "inst nr"),
                    required("children.month", "måned", "08-2026", "periode"),
                    required("children.02", "børn 0-2 år", "32,5", "0-2 år", "børn 0-2", "0-2"),
                    required("children.35", "børn 3-5 år", "61", "3-5 år", "børn 3-5", "3-5"))),
    STAFF(
            "personale",
            List.of(
                    required(
                            "staff.number",
                            "medarbejdernummer",
                            "40123",
                            "medarbejdernr",
                            "medarbejder id",
                            "lønnummer",
                            "ansatnummer"),
                    required("staff.name", "navn", "Mette Hansen", "medarbejdernavn"),
                    required("staff.birthdate", "fødselsdato", "14-03-1988", "født"),
                    required("staff.role", "stilling", "pædagogisk assistent", "stillingsbetegnelse"),
                    optional("staff.education", "uddannelse", "PAU"),
                    optional("staff.educationyear", "uddannelsesår", "2015", "uddannet år", "år for uddannelse"),
                    required("staff.institution", "institutionsnummer", "1042", "institutionsnr", "inst nr"),
                    required(
                            "staff.hours",
                            "ugentlige timer",
                            "32,5",
                            "timer",
                            "timer pr uge",
                            "ugentlig arbejdstid",
                            "arbejdstid"),
                    required("staff.start", "ansat fra", "01-08-2019", "startdato", "ansættelsesdato"),
                    required("staff.end", "ansat til", "", "slutdato", "fratrædelsesdato"),
                    optional(
                            "staff.experience",
                            "tidligere erfaring i måneder",
                            "18",
                            "tidligere erfaring",
                            "erfaring i måneder",
                            "erfaring"),
                    optional(
                            "staff.functions",
                            "funktioner",
                            "praktikvejleder, faglig fyrtårn",
                            "særlige funktioner",
                            "funktion"))),
    EXPENDITURE(
            "forbrug",
            List.of(
                    required(
                            "expenditure.date", "dato", "15-03-2024", "posteringsdato", "bogføringsdato", "bilagsdato"),
                    required("expenditure.amount", "beløb", "12.500,00", "beloeb", "kr", "beløb i kr"),
                    required(
                            "expenditure.category",
                            "udgiftstype",
                            "deltagerbetaling",
                            "art",
                            "kategori",
                            "omkostningstype"),
                    required("expenditure.voucher", "bilag", "F-2024-0042", "bilagsnummer", "bilagsnr", "bilag nr"),
                    optional("expenditure.initiative", "indsats", "Meritpædagog hold 2024", "aktivitet", "projekt")));

    private final String slug;
    private final List<ImportColumn> columns;

    ImportKind(String slug, List<ImportColumn> columns) {
        this.slug = slug;
        this.columns = columns;
    }

    /** The kind's name in addresses: {@code /import/skabelon/personale.xlsx}, {@code /api/v1/imports/personale}. */
    public String slug() {
        return slug;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    public ImportColumn column(String key) {
        return columns.stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No column " + key + " in " + this));
    }

    /** The message key of the kind's Danish name. */
    public String labelKey() {
        return "dataimport.kind." + name();
    }

    /** Whether the role may import this kind: the forvaltning every kind, økonomi only expenditure. */
    public boolean importableBy(Role role) {
        return role == Role.KOMMUNE_ADMIN || (role == Role.FINANCE && this == EXPENDITURE);
    }

    public static Optional<ImportKind> fromSlug(String slug) {
        String wanted = ImportColumn.normaliseHeader(slug);
        return Arrays.stream(values())
                .filter(k -> k.slug.equals(wanted) || k.name().equalsIgnoreCase(slug))
                .findFirst();
    }
}
