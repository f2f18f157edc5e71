<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%@ include file="/WEB-INF/views/layout/head.jspf" %>
  <title>Something went wrong &middot; Cookie Lab</title>
<%@ include file="/WEB-INF/views/layout/top.jspf" %>
  <h1>Something went wrong</h1>
  <section class="problems" role="alert">
    <p>Cookie Lab failed to answer this request. The failure has been logged; nothing about it is shown here.</p>
  </section>
<%@ include file="/WEB-INF/views/layout/bottom.jspf" %>
