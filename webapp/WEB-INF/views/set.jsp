<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%-- ${page}: a SetOutcome --%>
<c:set var="title" value="${page.title()}"/>
<c:set var="left" value="${page.left()}"/>
<%@ include file="/WEB-INF/views/layout/head.jspf" %>
  <title>${lab:text(title)} &middot; Cookie Lab</title>
<%@ include file="/WEB-INF/views/layout/top.jspf" %>
  <h1>${lab:text(title)}</h1>
  <c:if test="${page.kind() == 'TUTORIAL'}">
    <p class="result">The Cookie has been Set</p>
  </c:if>

  <h2>What the response carried</h2>
  <c:choose>
    <c:when test="${empty page.setCookie()}">
      <p class="empty">No Set-Cookie header: there was nothing to delete.</p>
    </c:when>
    <c:otherwise>
      <c:forEach var="line" items="${page.setCookie()}">
        <pre class="header">Set-Cookie: ${lab:text(line)}</pre>
      </c:forEach>
    </c:otherwise>
  </c:choose>

  <c:if test="${not empty page.warnings()}">
    <section class="warnings" aria-labelledby="warnings-title">
      <h2 id="warnings-title">Warnings</h2>
      <ul>
        <c:forEach var="warning" items="${page.warnings()}">
          <li data-code="${lab:attr(warning.code())}">${lab:text(warning.message())}<span class="hint"> (${lab:text(warning.rule())})</span></li>
        </c:forEach>
      </ul>
    </section>
  </c:if>

  <c:if test="${page.predicted()}">
    <h2>Prediction</h2>
    <c:choose>
      <c:when test="${page.keeps() and page.deleting()}"><p class="prediction verdict-ok">Browsers will remove this cookie.</p></c:when>
      <c:when test="${page.keeps()}"><p class="prediction verdict-ok">Browsers will keep this cookie.</p></c:when>
      <c:when test="${page.deleting()}"><p class="prediction verdict-bad">Browsers will ignore this deletion, for the reasons above.</p></c:when>
      <c:otherwise><p class="prediction verdict-bad">Browsers will drop this cookie, for the reasons above.</p></c:otherwise>
    </c:choose>
    <c:choose>
      <c:when test="${not empty page.checkUrl()}">
        <p><a class="check" href="${lab:attr(page.checkUrl())}">Check it: what does your browser send back now?</a></p>
      </c:when>
      <c:otherwise>
        <p class="empty" data-no-check>No check: your browser will not send this cookie to Cookie Lab's pages (see the warning above).</p>
      </c:otherwise>
    </c:choose>
  </c:if>
  <c:set var="unwritable" value="${page.unwritable()}"/>
  <c:if test="${left > unwritable}">
    <form method="post" action="${root}/setcookie" data-left="${left - unwritable}">
      <input type="hidden" name="action" value="delete-all">
      <p class="warnings">${left - unwritable} more ${left - unwritable == 1 ? 'cookie was' : 'cookies were'} left: one response has room for only so many <code>Set-Cookie</code> headers (Tomcat fails a response whose headers pass 8 KB).
        <button type="submit" class="secondary">Delete the rest</button></p>
    </form>
  </c:if>
  <c:if test="${unwritable > 0}">
    <p class="warnings" data-unwritable="${unwritable}">${unwritable} ${unwritable == 1 ? 'cookie has a name' : 'cookies have names'} over 4096 bytes, more than a browser keeps: Cookie Lab writes no <code>Set-Cookie</code> for ${unwritable == 1 ? 'it' : 'them'}.</p>
  </c:if>
  <c:if test="${not page.predicted()}">
    <p><a href="${root}/getcookie">Read it back</a></p>
  </c:if>
<%@ include file="/WEB-INF/views/layout/bottom.jspf" %>
