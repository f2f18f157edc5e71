<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<t:page title="Not found">
  <section class="problems" role="alert">
    <p>There is no page at <code><c:out value="${requestScope['jakarta.servlet.error.request_uri']}"/></code>.</p>
  </section>
</t:page>
