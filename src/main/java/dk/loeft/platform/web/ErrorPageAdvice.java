package dk.loeft.platform.web;

import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.api.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Danish error pages for the pages: 404 for what does not exist or may not be seen, 403 for what a
 * role may not do, 409 for a stale form that no form handled itself, 400 for a broken rule. Forms
 * normally catch conflicts and rule violations themselves and show them on the form. Requests to
 * the API that end here (no controller involved) get problem details instead.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ErrorPageAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageAdvice.class);

    private final ApiProblems problems;
    private final MessageSource messages;

    ErrorPageAdvice(ApiProblems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler({
        NotFoundException.class,
        NoResourceFoundException.class,
        MethodArgumentTypeMismatchException.class
    })
    Object notFound(HttpServletRequest request, HttpServletResponse response) {
        return ApiProblems.isApiRequest(request)
                ? respond(problems.notFound())
                : page("error/404", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object forbidden(HttpServletRequest request) {
        return ApiProblems.isApiRequest(request)
                ? respond(problems.forbidden())
                : page("error/403", HttpStatus.FORBIDDEN);
    }

    /** A method or content type an address does not take: 405 or 415 (Danish problem detail for the API). */
    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class})
    Object unsupported(HttpServletRequest request, Exception e) {
        ErrorResponse error = (ErrorResponse) e;
        if (ApiProblems.isApiRequest(request)) {
            ProblemDetail problem = error.updateAndGetBody(messages, LocaleContextHolder.getLocale());
            return ResponseEntity.status(error.getStatusCode())
                    .headers(error.getHeaders())
                    .body(problem);
        }
        return page("error/error", HttpStatus.valueOf(error.getStatusCode().value()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object conflict(HttpServletRequest request) {
        if (ApiProblems.isApiRequest(request)) {
            return respond(problems.conflict());
        }
        ModelAndView page = page("error/error", HttpStatus.CONFLICT);
        page.addObject("errorTitleKey", "api.problem.conflict.title");
        page.addObject("errorTextKey", "error.conflict");
        return page;
    }

    /** Two people saving the same thing at once can still collide in the database: a conflict, not a 500. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object integrity(HttpServletRequest request, DataIntegrityViolationException e) {
        log.info(
                "Request conflicts with stored data: {}",
                e.getMostSpecificCause().getMessage());
        if (ApiProblems.isApiRequest(request)) {
            return respond(problems.conflict());
        }
        ModelAndView page = page("error/error", HttpStatus.CONFLICT);
        page.addObject("errorTitleKey", "api.problem.conflict.title");
        page.addObject("errorTextKey", "api.problem.integrity.detail");
        return page;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    Object ruleViolation(HttpServletRequest request, IllegalArgumentException e) {
        log.info("Request refused by a rule: {}", e.getMessage());
        if (ApiProblems.isApiRequest(request)) {
            return respond(problems.problem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    ApiProblems.RULE_VIOLATION,
                    "api.problem.rule.title",
                    problems.text("api.problem.rule.detail")));
        }
        ModelAndView page = page("error/error", HttpStatus.BAD_REQUEST);
        page.addObject("errorTitleKey", "api.problem.rule.title");
        page.addObject("errorTextKey", "api.problem.rule.detail");
        return page;
    }

    /** An error page with what the layout needs (interceptors do not see exception handlers' pages). */
    private ModelAndView page(String view, HttpStatus status) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        LayoutModel.addTo(page);
        return page;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
