<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%@ include file="/WEB-INF/views/layout/head.jspf" %>
  <title>Method not allowed &middot; Cookie Lab</title>
<%@ include file="/WEB-INF/views/layout/top.jspf" %>
  <h1>Method not allowed</h1>
  <section class="problems" role="alert">
    <p>This page does not accept <code>${lab:text(pageContext.request.method)}</code> requests.</p>
    <c:set var="allow" value="${pageContext.response.getHeader('Allow')}"/>
    <c:if test="${not empty allow}">
      <p>It accepts <code>${lab:text(allow)}</code>.</p>
    </c:if>
  </section>
<%@ include file="/WEB-INF/views/layout/bottom.jspf" %>
