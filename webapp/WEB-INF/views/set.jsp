<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<t:page title="Set a cookie">
  <p class="result">The Cookie has been Set</p>
  <h2>What the response carried</h2>
  <c:forEach var="header" items="${setCookie}">
    <pre class="header">Set-Cookie: <c:out value="${header}"/></pre>
  </c:forEach>
  <p><a href="${pageContext.request.contextPath}/getcookie">Read it back</a></p>
</t:page>
