<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%-- The one error page, for every status and exception: what went wrong, in words, never the failure itself. --%>
<c:set var="status" value="${requestScope['jakarta.servlet.error.status_code']}"/>
<c:set var="message" value="${requestScope['jakarta.servlet.error.message']}"/>
<c:choose>
  <c:when test="${status == 400}"><c:set var="title" value="Bad request"/></c:when>
  <c:when test="${status == 403}"><c:set var="title" value="Forbidden"/></c:when>
  <c:when test="${status == 404}"><c:set var="title" value="Not found"/></c:when>
  <c:when test="${status == 405}"><c:set var="title" value="Method not allowed"/></c:when>
  <c:when test="${status == 500}"><c:set var="title" value="Something went wrong"/></c:when>
  <c:otherwise><c:set var="title" value="Request not served"/></c:otherwise>
</c:choose>
<%@ include file="/WEB-INF/views/layout/head.jspf" %>
  <title>${title} &middot; Cookie Lab</title>
<%@ include file="/WEB-INF/views/layout/top.jspf" %>
  <h1>${title}</h1>
  <section class="problems" role="alert">
    <c:choose>
      <c:when test="${status == 400}"><p>The server could not use this request.</p></c:when>
      <c:when test="${status == 403}"><p>This request is not allowed. Nothing was changed.</p></c:when>
      <c:when test="${status == 404}"><p>There is no page at <code>${lab:text(requestScope['jakarta.servlet.error.request_uri'])}</code>.</p></c:when>
      <c:when test="${status == 405}">
        <p>This page does not accept <code>${lab:text(pageContext.request.method)}</code> requests.</p>
        <c:set var="allow" value="${pageContext.response.getHeader('Allow')}"/>
        <c:if test="${not empty allow}"><p>It accepts <code>${lab:text(allow)}</code>.</p></c:if>
      </c:when>
      <c:when test="${status == 500}"><p>Cookie Lab failed to answer this request. The failure has been logged; nothing about it is shown here.</p></c:when>
      <c:otherwise><p>The server could not answer this request (HTTP status <code>${lab:text(status)}</code>).</p></c:otherwise>
    </c:choose>
    <c:if test="${not empty message and status != 404 and status != 405 and status != 500}"><p>${lab:text(message)}</p></c:if>
  </section>
<%@ include file="/WEB-INF/views/layout/bottom.jspf" %>
