package dk.loeft.platform.web;

import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.tenancy.Tenancy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts what every page's layout needs into the model: the user, their kommune's name and the menu.
 * It runs only when a page is rendered (never for the REST API, downloads or redirects) and reads
 * everything from the signed-in user, so a page costs no query for its layout.
 */
@Configuration(proxyBeanMethods = false)
class LayoutModel implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable ModelAndView page) {
        if (page != null && page.isReference() && !page.getViewName().startsWith("redirect:")) {
            addTo(page);
        }
    }

    /** Also for error pages, which exception handlers build themselves. */
    static void addTo(ModelAndView page) {
        Optional<LoeftUser> user = Tenancy.currentUser();
        page.addObject("currentUser", user.orElse(null));
        page.addObject("navigation", user.map(Navigation::forUser).orElse(List.of()));
        page.addObject("currentKommuneName", user.map(LoeftUser::kommuneName).orElse(null));
    }
}
