package io.orderflow.web.http;

import io.orderflow.web.api.Problem;
import io.orderflow.web.security.ProblemResponses;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error pages of the container (web.xml) for 401 and 403: problem details for an API path, the
 * portal's own page otherwise. Payara's own pages are HTML and name the server.
 */
@WebServlet("/error/refused")
public class ContainerErrors extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value ? value : 403;
    if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api")) {
      ProblemResponses.write(
          request,
          response,
          status,
          status == 401 ? Problem.ABOUT_BLANK : Problem.FORBIDDEN,
          status == 401 ? "Unauthorized" : "This caller may not do this",
          null);
      return;
    }
    request.getRequestDispatcher("/forbidden.xhtml").forward(request, response);
  }
}
