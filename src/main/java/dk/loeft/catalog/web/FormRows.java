package dk.loeft.catalog.web;

import java.util.ArrayList;
import java.util.List;

/** The repeated rows of the offering form as the page shows them: the filled ones and a few blank to add. */
record FormRows(List<ModuleRow> modules, List<SessionRow> sessions, List<QuotaRow> quotas) {

    record ModuleRow(String name, String ects) {}

    record SessionRow(String id, String date, String from, String to, String place, String title) {}

    record QuotaRow(String institution, String seats) {}

    static FormRows of(OfferingForm f) {
        List<ModuleRow> modules = new ArrayList<>();
        for (int i = 0; i < OfferingForm.rows(f.moduleName(), f.moduleEcts()) + 2; i++) {
            modules.add(new ModuleRow(OfferingForm.at(f.moduleName(), i), OfferingForm.at(f.moduleEcts(), i)));
        }
        List<SessionRow> sessions = new ArrayList<>();
        int sessionRows = OfferingForm.rows(
                f.sessionId(), f.sessionDate(), f.sessionFrom(), f.sessionTo(), f.sessionPlace(), f.sessionTitle());
        for (int i = 0; i < sessionRows + 3; i++) {
            sessions.add(new SessionRow(
                    OfferingForm.at(f.sessionId(), i),
                    OfferingForm.at(f.sessionDate(), i),
                    OfferingForm.at(f.sessionFrom(), i),
                    OfferingForm.at(f.sessionTo(), i),
                    OfferingForm.at(f.sessionPlace(), i),
                    OfferingForm.at(f.sessionTitle(), i)));
        }
        List<QuotaRow> quotas = new ArrayList<>();
        for (int i = 0; i < OfferingForm.rows(f.quotaInstitution(), f.quotaSeats()) + 3; i++) {
            quotas.add(new QuotaRow(OfferingForm.at(f.quotaInstitution(), i), OfferingForm.at(f.quotaSeats(), i)));
        }
        return new FormRows(modules, sessions, quotas);
    }
}
