package dk.loeft.platform.web;

import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ModelAndView;

/** The Danish error pages also for errors no controller handled (thrown in filters, or unexpected). */
@Configuration(proxyBeanMethods = false)
class ErrorPagesConfiguration {

    @Bean
    ErrorViewResolver danishErrorPages() {
        return (request, status, model) -> {
            String view =
                    switch (status) {
                        case NOT_FOUND -> "error/404";
                        case FORBIDDEN -> "error/403";
                        default -> "error/error";
                    };
            ModelAndView page = new ModelAndView(view, Map.of(), status);
            LayoutModel.addTo(page);
            return page;
        };
    }
}
