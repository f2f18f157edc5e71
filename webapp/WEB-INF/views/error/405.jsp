<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<c:set var="title" value="Method not allowed"/>
<%@ include file="/WEB-INF/views/layout/top.jspf" %>
  <section class="problems" role="alert">
    <p>This page does not accept <code>${lab:text(pageContext.request.method)}</code> requests.</p>
  </section>
<%@ include file="/WEB-INF/views/layout/bottom.jspf" %>
