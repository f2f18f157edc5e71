<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<t:page title="Method not allowed">
  <section class="problems" role="alert">
    <p>This page does not accept <code><c:out value="${pageContext.request.method}"/></code> requests.</p>
  </section>
</t:page>
