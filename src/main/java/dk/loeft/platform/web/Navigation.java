package dk.loeft.platform.web;

import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import java.util.ArrayList;
import java.util.List;

/** The main menu each role sees. Modules that add pages add their entry here. */
final class Navigation {

    private Navigation() {}

    static List<NavigationItem> forUser(LoeftUser user) {
        List<NavigationItem> items = new ArrayList<>();
        if (user.is(Role.NATIONAL)) {
            items.add(new NavigationItem("kommuner", "/kommuner", "nav.kommuner"));
            items.add(new NavigationItem("planer", "/planer", "nav.plans"));
            items.add(new NavigationItem("puljer", "/puljer", "nav.pool"));
            items.add(new NavigationItem("prisindeks", "/puljer/prisindeks", "nav.priceIndex"));
            items.add(new NavigationItem("rammer", "/rammer", "catalog.frameworks.nav"));
            items.add(new NavigationItem("brugere", "/brugere", "nav.users"));
            return items;
        }
        if (user.is(Role.STAFF)) {
            items.add(new NavigationItem("mig", "/mig", "nav.me"));
            items.add(new NavigationItem("kurser", "/kurser", "catalog.courses.nav"));
            items.add(new NavigationItem("minekurser", "/mig/kurser", "enrolment.view.nav.mine"));
            items.add(new NavigationItem("fremdrift-mig", "/mine-kurser/fremdrift", "enrolment.progress.navOwn"));
            items.add(new NavigationItem("evalueringer", "/evalueringer", "enrolment.evaluation.nav"));
            items.add(new NavigationItem("beskeder", "/beskeder", "enrolment.notification.nav"));
            items.add(new NavigationItem("kalender", "/kalender", "enrolment.calendar.nav"));
            return items;
        }
        items.add(new NavigationItem("oversigt", "/oversigt", "nav.overview"));
        items.add(new NavigationItem("institutioner", "/institutioner", "nav.institutions"));
        items.add(new NavigationItem("daekning", "/daekning", "nav.coverage"));
        items.add(new NavigationItem("planer", "/planer", "nav.plans"));
        if (user.is(Role.KOMMUNE_ADMIN)) {
            // The forvaltning's daily work first: what fits on one line is shown, the rest under "Mere".
            items.add(new NavigationItem("katalog", "/katalog", "catalog.nav"));
            items.add(new NavigationItem("ansoegninger", "/ansoegninger", "enrolment.view.nav.applications"));
            items.add(new NavigationItem("gennemfoerelse", "/gennemfoerelse", "enrolment.completion.nav"));
            items.add(new NavigationItem("tilskud", "/tilskud", "nav.ledger"));
            items.add(new NavigationItem("kandidater", "/planer/kandidater", "plan.candidates.nav"));
            items.add(new NavigationItem("tilmelding", "/tilmelding", "enrolment.view.nav.overview"));
            items.add(new NavigationItem("fremdrift", "/fremdrift", "enrolment.progress.nav"));
            items.add(new NavigationItem("evalueringer", "/evalueringer", "enrolment.evaluation.nav"));
            items.add(new NavigationItem("import", "/import", "nav.import"));
            items.add(new NavigationItem("brugere", "/brugere", "nav.users"));
            return items;
        }
        if (user.is(Role.FINANCE)) {
            items.add(new NavigationItem("tilskud", "/tilskud", "nav.ledger"));
            items.add(new NavigationItem("tilmelding", "/tilmelding", "enrolment.view.nav.overview"));
            items.add(new NavigationItem("import", "/import", "nav.import"));
            items.add(new NavigationItem("evalueringer", "/evalueringer", "enrolment.evaluation.nav"));
            items.add(new NavigationItem("kurser", "/kurser", "catalog.courses.nav"));
            return items;
        }
        items.add(new NavigationItem("kandidater", "/planer/kandidater", "plan.candidates.nav"));
        items.add(new NavigationItem("ansoegninger", "/ansoegninger", "enrolment.view.nav.applications"));
        items.add(new NavigationItem("fremdrift", "/fremdrift", "enrolment.progress.nav"));
        items.add(new NavigationItem("kurser", "/kurser", "catalog.courses.nav"));
        items.add(new NavigationItem("evalueringer", "/evalueringer", "enrolment.evaluation.nav"));
        items.add(new NavigationItem("beskeder", "/beskeder", "enrolment.notification.nav"));
        items.add(new NavigationItem("kalender", "/kalender", "enrolment.calendar.nav"));
        return items;
    }
}
