<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- ${page}: a SetOutcome --%>
<c:set var="title" value="${page.title()}"/>
<c:set var="spec" value="${page.spec()}"/>
<c:set var="all" value="${page.all()}"/>
<c:set var="alsoDomains"><c:forEach var="domain" items="${page.alsoDomains()}" varStatus="at">${at.first ? '' : ', '}<code>Domain=${lab:text(domain)}</code></c:forEach></c:set>
<%@ include file="/WEB-INF/views/layout/head.jspf" %>
  <title>${lab:text(title)} &middot; Cookie Lab</title>
<%@ include file="/WEB-INF/views/layout/top.jspf" %>
  <h1${page.keeps() ? '' : ' class="verdict-bad"'}>${lab:text(title)}</h1>
  <c:if test="${page.kind() == 'TUTORIAL'}">
    <p class="result">The Cookie has been Set</p>
  </c:if>
  <c:if test="${page.kind() == 'DELETE_ALL' and all.deleted() > 0}">
    <p data-deleted="${all.deleted()}">Each at <code>Path=/</code> on this host${empty alsoDomains ? '' : ' and at '}${alsoDomains}: all a server can guess of where a cookie lives.</p>
  </c:if>

  <c:if test="${page.predicted()}">
    <c:set var="where">at <code>Path=${lab:text(spec.path())}</code> ${empty spec.domain() ? 'on this host' : 'with '.concat('<code>Domain=').concat(lab:text(spec.domain())).concat('</code>')}${empty alsoDomains ? '' : ' or with '}${alsoDomains}</c:set>
    <c:choose>
      <c:when test="${page.keeps() and page.deleting()}"><p class="prediction verdict-ok">Browsers will remove this cookie if it lives ${where}.</p></c:when>
      <c:when test="${page.keeps()}"><p class="prediction verdict-ok">Browsers will keep this cookie${empty page.expires() ? ' until they close' : ''}.<c:if test="${not empty page.expires()}"> It expires on <time data-expires>${page.expires()}</time>.</c:if></p></c:when>
      <c:when test="${page.deleting()}"><p class="prediction verdict-bad">Browsers will ignore this deletion, for the reason below.</p></c:when>
      <c:otherwise><p class="prediction verdict-bad">Browsers will drop this cookie, for the reason below.</p></c:otherwise>
    </c:choose>
  </c:if>

  <c:if test="${not empty page.warnings()}">
    <section class="warnings" aria-labelledby="warnings-title">
      <h2 id="warnings-title">${fn:length(page.warnings()) == 1 ? 'Warning' : 'Warnings'}</h2>
      <ul>
        <c:forEach var="warning" items="${page.warnings()}">
          <li data-code="${lab:attr(warning.code())}">${lab:text(warning.message())}&#32;<strong class="fix">${lab:text(warning.fix())}</strong><span class="hint"> (${lab:text(warning.rule())})</span></li>
        </c:forEach>
      </ul>
      <c:if test="${not page.keeps()}"><p><a data-why href="${root}/explain?${lab:attr(page.explainQuery())}">Why? See the header explained, as Chromium decides</a></p></c:if>
    </section>
  </c:if>

  <c:if test="${page.predicted()}">
    <div class="next">
      <c:choose>
        <c:when test="${not empty page.checkUrl()}">
          <a class="button check" href="${lab:attr(page.checkUrl())}">Check it: what does your browser send back?</a>
        </c:when>
        <c:otherwise>
          <p class="empty" data-no-check>No check: your browser will not send this cookie to Cookie Lab's pages.</p>
        </c:otherwise>
      </c:choose>
      <a class="button secondary" data-edit href="${root}/?${lab:attr(page.editQuery())}#new-cookie">Edit and resend</a>
      <c:if test="${not page.deleting()}">
        <form method="post" action="${root}/setcookie" data-delete-again>
          <input type="hidden" name="action" value="delete">
          <input type="hidden" name="name" value="${lab:attr(spec.name())}">
          <input type="hidden" name="path" value="${lab:attr(spec.path())}">
          <input type="hidden" name="domain" value="${lab:attr(spec.domain())}">
          <button type="submit" class="secondary">Delete it<c:if test="${spec.path() != '/'}"> at Path=${lab:text(spec.path())}</c:if></button>
        </form>
      </c:if>
      <a href="${root}/">Back to your cookies</a>
    </div>
  </c:if>

  <c:set var="fold" value="${page.kind() == 'DELETE_ALL'}"/>
  <c:choose>
    <c:when test="${empty page.setCookie()}"><p class="empty">No Set-Cookie header: there was nothing to delete.</p></c:when>
    <c:when test="${fold}"><details class="headers">
        <summary>The ${fn:length(page.setCookie())}&#32;<code>Set-Cookie</code> headers</summary>
        <p class="hint">Each name twice where Secure cookies can live: once as it is, once <code>Partitioned</code>, since only a partitioned header reaches a partitioned (CHIPS) cookie.</p></c:when>
    <c:otherwise><h2>What the response carried</h2></c:otherwise>
  </c:choose>
  <%-- Each attribute in its own span, so that a line breaks between attributes, never inside one. Splitting at ';'
       is safe: our values are encoded, and no attribute we write holds one. --%>
  <c:forEach var="line" items="${page.setCookie()}">
    <pre class="header">Set-Cookie: <c:forEach var="part" items="${fn:split(line, ';')}" varStatus="at"><span${at.first ? ' class="pair"' : ''}>${lab:text(fn:trim(part))}${at.last ? '' : ';'}</span>${at.last ? '' : ' '}</c:forEach></pre>
  </c:forEach>
  <c:if test="${fold and not empty page.setCookie()}"></details></c:if>

  <c:set var="unwritable" value="${all.unwritable()}"/>
  <c:set var="left" value="${all.left() - unwritable}"/>
  <c:if test="${page.kind() == 'DELETE_ALL' and (left > 0 or all.deleted() > 0)}">
    <form method="post" action="${root}/setcookie" data-left="${left}">
      <input type="hidden" name="action" value="delete-all">
      <c:forEach var="name" items="${all.tried()}"><input type="hidden" name="tried" value="${lab:attr(name)}"></c:forEach>
      <c:choose>
        <c:when test="${left > 0}"><p class="warnings">${left} more ${left == 1 ? 'cookie was' : 'cookies were'} left: one response has room for only so many <code>Set-Cookie</code> headers (Tomcat fails a response whose headers pass 8 KB).
          <button type="submit" class="secondary">Delete the rest</button></p></c:when>
        <c:otherwise><p>Every name has been tried. <button type="submit" class="secondary" data-check-left>Check what is left</button></p></c:otherwise>
      </c:choose>
    </form>
  </c:if>
  <c:if test="${not empty all.stillThere()}">
    <section class="warnings" data-still-there="${fn:length(all.stillThere())}" aria-labelledby="still-title">
      <h2 id="still-title">Delete all cannot reach ${fn:length(all.stillThere()) == 1 ? 'this cookie' : 'these cookies'}</h2>
      <p>Your browser still sends ${fn:length(all.stillThere()) == 1 ? 'it' : 'them'} after Delete all expired ${fn:length(all.stillThere()) == 1 ? 'it' : 'each'} at <code>Path=/</code> on this host${empty all.registrable() ? '' : ' and at every Domain up to '.concat('<code>').concat(lab:text(all.registrable())).concat('</code>')}.
        The likely reason: another <code>Path</code>, such as <code>${lab:text(all.path())}</code>, which this request carries and <code>Path=/</code> does not reach.
        Not its Domain: ${empty all.registrable() ? 'on this host a Domain cookie is kept host-only' : 'no cookie can have a Domain above '.concat(lab:text(all.registrable()))}. Not <code>HttpOnly</code>: a server deletes an HttpOnly cookie like any other.</p>
      <ul>
        <c:forEach var="name" items="${all.stillThere()}">
          <li data-name="${lab:attr(name)}"><code>${lab:text(name)}</code>: <a href="${root}/?${lab:attr(all.deleteQuery(name))}#new-cookie">Delete it with Path=${lab:text(all.path())}…</a></li>
        </c:forEach>
      </ul>
    </section>
  </c:if>
  <c:if test="${unwritable > 0}">
    <p class="warnings" data-unwritable="${unwritable}">${unwritable} ${unwritable == 1 ? 'cookie has a name' : 'cookies have names'} over 4096 bytes, more than a browser keeps: Cookie Lab writes no <code>Set-Cookie</code> for ${unwritable == 1 ? 'it' : 'them'}.</p>
  </c:if>
  <c:choose>
    <c:when test="${page.kind() == 'DELETE_ALL'}"><p><a class="button" href="${root}/" data-see-left>See what's left</a></p></c:when>
    <c:when test="${not page.predicted()}"><p><a href="${root}/getcookie">Read it back</a></p></c:when>
  </c:choose>
<%@ include file="/WEB-INF/views/layout/bottom.jspf" %>
