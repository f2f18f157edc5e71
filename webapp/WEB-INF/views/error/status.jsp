<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%@ include file="/WEB-INF/views/layout/head.jspf" %>
  <title>Request not served &middot; Cookie Lab</title>
<%@ include file="/WEB-INF/views/layout/top.jspf" %>
  <h1>Request not served</h1>
  <section class="problems" role="alert">
    <p>The server could not answer this request (HTTP status <code>${lab:text(requestScope['jakarta.servlet.error.status_code'])}</code>).</p>
    <c:if test="${not empty requestScope['jakarta.servlet.error.message']}">
      <p>${lab:text(requestScope['jakarta.servlet.error.message'])}</p>
    </c:if>
  </section>
<%@ include file="/WEB-INF/views/layout/bottom.jspf" %>
