<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%@ include file="/WEB-INF/views/layout/head.jspf" %>
  <title>Not found &middot; Cookie Lab</title>
<%@ include file="/WEB-INF/views/layout/top.jspf" %>
  <h1>Not found</h1>
  <section class="problems" role="alert">
    <p>There is no page at <code>${lab:text(requestScope['jakarta.servlet.error.request_uri'])}</code>.</p>
  </section>
<%@ include file="/WEB-INF/views/layout/bottom.jspf" %>
