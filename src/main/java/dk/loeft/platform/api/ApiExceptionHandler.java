package dk.loeft.platform.api;

import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every error of the API controllers into an RFC 9457 problem detail in Danish: 400 with
 * the list of field errors, 403, 404, 409 for a stale version and 422 for a broken rule. Limited to
 * the API packages; a new module's {@code api} package is added to {@link #API_PACKAGES}.
 */
@RestControllerAdvice(
        basePackages = {
            "dk.loeft.platform.api",
            "dk.loeft.institution.api",
            "dk.loeft.staff.api",
            "dk.loeft.followup.api",
            "dk.loeft.coverage.api",
            "dk.loeft.dataimport.api",
            "dk.loeft.funding.api",
            "dk.loeft.plan.candidates.api",
            "dk.loeft.plan.api",
            "dk.loeft.catalog.api",
            "dk.loeft.enrolment.evaluation.api",
            "dk.loeft.enrolment.api",
            "dk.loeft.enrolment.completion.api"
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    /** The packages this advice covers (kept equal to the annotation; a test checks every API controller). */
    static final List<String> API_PACKAGES = List.of(
            "dk.loeft.platform.api",
            "dk.loeft.institution.api",
            "dk.loeft.staff.api",
            "dk.loeft.followup.api",
            "dk.loeft.coverage.api",
            "dk.loeft.dataimport.api",
            "dk.loeft.funding.api",
            "dk.loeft.plan.candidates.api",
            "dk.loeft.plan.api",
            "dk.loeft.catalog.api",
            "dk.loeft.enrolment.evaluation.api",
            "dk.loeft.enrolment.api",
            "dk.loeft.enrolment.completion.api");

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProblems problems;

    ApiExceptionHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return respond(problems.notFound());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden() {
        return respond(problems.forbidden());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> conflict() {
        return respond(problems.conflict());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.info(
                "API request conflicts with stored data: {}",
                e.getMostSpecificCause().getMessage());
        return respond(problems.problem(
                HttpStatus.CONFLICT,
                ApiProblems.CONFLICT,
                "api.problem.conflict.title",
                problems.text("api.problem.integrity.detail")));
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException e) {
        ProblemDetail problem = problems.problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                ApiProblems.RULE_VIOLATION,
                "api.problem.rule.title",
                problems.text(e.messageKey(), e.arguments()));
        problem.setProperty("code", e.messageKey());
        return respond(problem);
    }

    /** An aggregate refused the change (its message is for developers, so it goes in "reason"). */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e) {
        ProblemDetail problem = problems.problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                ApiProblems.RULE_VIOLATION,
                "api.problem.rule.title",
                problems.text("api.problem.rule.detail"));
        problem.setProperty("reason", e.getMessage());
        return respond(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error in an API call", e);
        return respond(problems.problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ApiProblems.INTERNAL,
                "api.problem.internal.title",
                problems.text("error.general.text")));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(e -> errors.add(new FieldProblem(e.getField(), text(e))));
        ex.getBindingResult().getGlobalErrors().forEach(e -> errors.add(new FieldProblem(null, text(e))));
        return validationProblem(errors);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
                .forEach(error -> errors.add(new FieldProblem(
                        error instanceof FieldError fe
                                ? fe.getField()
                                : result.getMethodParameter().getParameterName(),
                        text(error)))));
        return validationProblem(errors);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = null;
        if (ex.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            field = jackson.getPathReference().isBlank() ? null : pathOf(jackson);
        }
        List<FieldProblem> errors = field == null
                ? List.of(new FieldProblem(null, problems.text("api.problem.unreadable.detail")))
                : List.of(new FieldProblem(field, problems.text("api.problem.unreadable.field")));
        return validationProblem(errors);
    }

    private static String pathOf(JacksonException jackson) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private ResponseEntity<Object> validationProblem(List<FieldProblem> errors) {
        ProblemDetail problem = problems.problem(
                HttpStatus.BAD_REQUEST,
                ApiProblems.VALIDATION,
                "api.problem.validation.title",
                problems.text("api.problem.validation.detail"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private String text(MessageSourceResolvable error) {
        var source = getMessageSource();
        if (source == null) {
            return String.valueOf(error.getDefaultMessage());
        }
        return source.getMessage(error, LocaleContextHolder.getLocale());
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** One invalid field (null for an error about the request as a whole) and what is wrong, in Danish. */
    record FieldProblem(@Nullable String field, String message) {}
}
