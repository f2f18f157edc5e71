<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<t:page title="Bad request">
  <section class="problems" role="alert">
    <p>The server could not use this request.</p>
    <c:if test="${not empty requestScope['jakarta.servlet.error.message']}">
      <p><c:out value="${lab:visible(requestScope['jakarta.servlet.error.message'])}"/></p>
    </c:if>
  </section>
</t:page>
