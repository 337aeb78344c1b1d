package io.orderflow.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Invalid input answers 400 with one entry per violated constraint; nothing was sent. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  private static final Logger LOG = Logger.getLogger(ConstraintViolationMapper.class.getName());

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    if (exception.getConstraintViolations().stream().anyMatch(ViolationFields::isOnReturnValue)) {
      LOG.log(Level.SEVERE, "a response violates its own constraints", exception);
      return Problems.response(
              Problems.problem(
                  Problem.ABOUT_BLANK,
                  Status.INTERNAL_SERVER_ERROR,
                  UnexpectedFailureMapper.DETAIL,
                  uriInfo))
          .build();
    }
    List<Violation> violations =
        exception.getConstraintViolations().stream()
            .map(ConstraintViolationMapper::toViolation)
            .sorted(Comparator.comparing(Violation::getField).thenComparing(Violation::getMessage))
            .toList();
    Problem problem =
        Problems.problem(
                Problem.INVALID_REQUEST,
                Status.BAD_REQUEST,
                violations.size() == 1
                    ? "One value is invalid: see violations"
                    : violations.size() + " values are invalid: see violations",
                uriInfo)
            .withViolations(violations);
    return Problems.response(problem).build();
  }

  static Violation toViolation(ConstraintViolation<?> violation) {
    return new Violation(ViolationFields.fieldOf(violation), violation.getMessage());
  }
}
