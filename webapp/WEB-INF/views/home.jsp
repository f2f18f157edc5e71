<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<t:page title="Cookies">
  <p>Cookie Lab sets, reads and explains HTTP cookies. Start with the tutorial's two pages:</p>
  <ul>
    <li><a href="${pageContext.request.contextPath}/setcookie">Set the tutorial's cookie</a> (<code>Name=AskPython</code>)</li>
    <li><a href="${pageContext.request.contextPath}/getcookie">Read it back</a></li>
  </ul>
  <h2>Cookies your browser sent</h2>
  <c:choose>
    <c:when test="${empty cookies}">
      <p class="empty">Your browser sent no cookies with this request.</p>
    </c:when>
    <c:otherwise>
      <table class="cookies">
        <thead><tr><th scope="col">Name</th><th scope="col">Value</th></tr></thead>
        <tbody>
        <c:forEach var="sent" items="${cookies}">
          <tr><td><code><c:out value="${sent.name}"/></code></td><td><code><c:out value="${sent.value}"/></code></td></tr>
        </c:forEach>
        </tbody>
      </table>
    </c:otherwise>
  </c:choose>
</t:page>
