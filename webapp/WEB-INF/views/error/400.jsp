<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%@ include file="/WEB-INF/views/layout/head.jspf" %>
  <title>Bad request &middot; Cookie Lab</title>
<%@ include file="/WEB-INF/views/layout/top.jspf" %>
  <h1>Bad request</h1>
  <section class="problems" role="alert">
    <p>The server could not use this request.</p>
    <c:if test="${not empty requestScope['jakarta.servlet.error.message']}">
      <p>${lab:text(requestScope['jakarta.servlet.error.message'])}</p>
    </c:if>
  </section>
<%@ include file="/WEB-INF/views/layout/bottom.jspf" %>
