package dk.loeft.platform.web;

import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.tenancy.Tenancy;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what every page's layout needs into the model: the user, their kommune and the menu. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final JdbcClient jdbc;

    LayoutAdvice(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ModelAttribute("currentUser")
    @Nullable
    LoeftUser currentUser() {
        return Tenancy.currentUser().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        return Tenancy.currentUser().map(Navigation::forUser).orElse(List.of());
    }

    @ModelAttribute("currentKommuneName")
    @Nullable
    String currentKommuneName() {
        return Tenancy.currentUser()
                .map(LoeftUser::kommuneCodeOrNull)
                .flatMap(code -> jdbc.sql("select name || ' Kommune' from kommune where code = :code")
                        .param("code", code)
                        .query(String.class)
                        .optional())
                .orElse(null);
    }
}
