<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- ${page}: a GetPage --%>
<c:set var="name" value="${page.name()}"/>
<c:set var="report" value="${page.report()}"/>
<c:set var="shadowed" value="${page.shadowed()}"/>
<c:set var="ignored" value="${page.ignored()}"/>
<c:set var="comeback" value="${page.comeback()}"/>
<%@ include file="/WEB-INF/views/layout/head.jspf" %>
  <title>Get a cookie &middot; Cookie Lab</title>
<%@ include file="/WEB-INF/views/layout/top.jspf" %>
  <h1>Get a cookie</h1>
  <p class="result">${lab:text(page.label())} : ${empty report ? 'None' : lab:text(report.value())}</p>
  <c:if test="${not empty report and report.replaced()}"><p class="hint" data-raw>Each &#xFFFD; stands for bytes that are not UTF-8: the value was sent as <code>${lab:text(report.raw())}</code>.</p></c:if>
  <c:if test="${empty report and empty comeback}">
    <p data-set-first><a href="${root}/${name == 'Name' ? 'setcookie' : ''}">Set it first &rarr;</a></p>
  </c:if>

  <c:if test="${not empty comeback}">
    <h2>Did the browser send it back?</h2>
    <c:choose>
      <c:when test="${comeback == 'AS_SET'}"><p class="comeback verdict-ok" data-comeback="as-set">Yes: your browser kept the cookie and sent it back with the value just set.</p></c:when>
      <c:when test="${comeback == 'SHADOWED'}"><p class="comeback verdict-bad" data-comeback="shadowed">Yes, but not first: your browser kept the cookie and sent it back with the value just set, after another cookie of the same name with a different Path or Domain. A server that reads <code>${lab:text(name)}</code> gets that other one.</p></c:when>
      <c:when test="${comeback == 'DIFFERENT'}"><p class="comeback verdict-bad" data-comeback="different">It sent a cookie of that name, but not with the value just set: the new cookie was dropped, or its Path or Domain does not cover this page, while another cookie of that name does.</p></c:when>
      <c:when test="${comeback == 'MISSING'}"><p class="comeback verdict-bad" data-comeback="missing">No: your browser did not send it back.
        <c:choose>
          <c:when test="${not empty page.why()}"><span data-why="${lab:attr(page.why().code())}">As predicted: ${lab:text(page.why().message())}&#32;<strong>${lab:text(page.why().fix())}</strong></span></c:when>
          <c:otherwise>It dropped the cookie, or the cookie's Path or Domain does not cover this page.</c:otherwise>
        </c:choose></p></c:when>
      <c:when test="${comeback == 'GONE'}"><p class="comeback verdict-ok" data-comeback="gone">Yes, it is gone: your browser no longer sends it.</p></c:when>
      <c:otherwise><p class="comeback verdict-bad" data-comeback="still-there">It is still sent: another cookie of that name lives on at another Path or Domain (or your browser ignored the deletion).</p></c:otherwise>
    </c:choose>
    <c:if test="${comeback == 'STILL_THERE' or comeback == 'MISSING'}">
      <div class="next" data-next-tries>
        <c:if test="${comeback == 'STILL_THERE' and not empty page.domainHost()}">
          <form method="post" action="${root}/setcookie">
            <input type="hidden" name="action" value="delete">
            <input type="hidden" name="name" value="${lab:attr(name)}">
            <input type="hidden" name="path" value="/">
            <input type="hidden" name="domain" value="${lab:attr(page.domainHost())}">
            <button type="submit">Delete it with Domain=${lab:text(page.domainHost())}</button>
          </form>
        </c:if>
        <c:choose>
          <c:when test="${comeback == 'STILL_THERE'}"><a class="button secondary" href="${root}/?action=delete&amp;name=${lab:attr(lab:query(name))}#new-cookie">Delete it with another Path…</a></c:when>
          <c:otherwise><a class="button secondary" href="${root}/?name=${lab:attr(lab:query(name))}#new-cookie">Try again with the form</a></c:otherwise>
        </c:choose>
        <a href="${root}/">Back to your cookies</a>
      </div>
    </c:if>
  </c:if>

  <c:if test="${not empty report}">
    <table class="details">
      <tbody>
        <tr><th scope="row">Name</th><td><code>${lab:text(report.name())}</code></td></tr>
        <tr><th scope="row">Value</th><td><code>${lab:text(report.value())}</code></td></tr>
        <tr><th scope="row">Raw value</th><td><code>${lab:text(report.raw())}</code></td></tr>
        <tr><th scope="row">Format</th><td><a class="format" data-format="${lab:attr(page.format().id())}" href="${root}/decode?cookie=${lab:attr(lab:query(report.name()))}">${lab:text(page.format().label(page.now()))}</a></td></tr>
        <tr><th scope="row">Bytes</th><td>${report.bytes()}</td></tr>
        <tr><th scope="row">Signature</th><t:signature value="${report.signature()}"/></tr>
      </tbody>
    </table>
  </c:if>
  <c:if test="${not empty shadowed}">
    <h2>Also sent under this name</h2>
    <p>Your browser sent ${fn:length(shadowed) + 1} cookies named <code>${lab:text(name)}</code>. A server that reads the name gets the first, above: a browser sends the cookie with the longest Path first, then the oldest. ${fn:length(shadowed) == 1 ? 'The other came after it, set' : 'The others came after it, each set'} with another Path or Domain, which the browser does not say.</p>
    <div class="table-wrap">
      <table class="cookies shadowed">
        <thead>
          <tr><th scope="col">Value</th><th scope="col">Raw value</th><th scope="col">Bytes</th><th scope="col">Signature</th></tr>
        </thead>
        <tbody>
        <c:forEach var="other" items="${shadowed}">
          <tr>
            <td><code>${lab:text(other.value())}</code></td>
            <td><code>${lab:text(other.raw())}</code></td>
            <td>${other.bytes()}</td>
            <t:signature value="${other.signature()}"/>
          </tr>
        </c:forEach>
        </tbody>
      </table>
    </div>
  </c:if>
  <c:if test="${not empty ignored}">
<%@ include file="/WEB-INF/views/layout/ignored.jspf" %>
  </c:if>
  <p><a href="${root}/">All cookies</a></p>
<%@ include file="/WEB-INF/views/layout/bottom.jspf" %>
