<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%-- ${page}: a CrossSitePage. The matrix says what the rules expect; crosssite.js measures and fills it in. --%>
<c:set var="other" value="${page.otherOrigin()}"/>
<%@ include file="/WEB-INF/views/layout/head.jspf" %>
  <title>Cross-site lab &middot; Cookie Lab</title>
  <script src="${root}/static/crosssite.js" defer></script>
<%@ include file="/WEB-INF/views/layout/top.jspf" %>
  <h1>Cross-site lab</h1>
  <p class="lead">Which cookies cross from one site to another, for each kind of request: measured in your own browser, next to what RFC 6265bis and CHIPS predict.</p>
  <c:choose>
    <c:when test="${empty other}">
      <p class="warnings" data-not-a-site>This page works on one of the lab's two sites:
        <c:forEach var="site" items="${page.sites()}" varStatus="at"><a href="${lab:attr(site.origin())}${root}/crosssite">${lab:text(site.host())}</a>${at.last ? '.' : ' or '}</c:forEach>
        A deployment names its own pair with <code>COOKIE_LAB_SITES</code>.</p>
    </c:when>
    <c:otherwise>
      <dl class="sites">
        <dt>This site</dt><dd><code data-this-site>${lab:text(page.thisOrigin())}</code></dd>
        <dt>The other site</dt><dd><code data-other-site>${lab:text(other)}</code></dd>
      </dl>
      <details><summary>Why they count as two sites</summary>
        <p>A browser compares sites by scheme and registrable domain, not by port: <code>localhost</code> and <code>127.0.0.1</code> are two sites, while <code>localhost:8080</code> and <code>localhost:9090</code> are one. Both names are secure contexts, so <code>Secure</code>, <code>SameSite=None</code> and <code>Partitioned</code> cookies work on them without TLS.</p>
      </details>
      <div class="actions">
        <form id="run" method="get" action="${lab:attr(other)}${root}/crosssite/plant">
          <button type="submit">Run the experiment</button>
        </form>
        <form id="clear" method="get" action="${lab:attr(other)}${root}/crosssite/clear">
          <button type="submit" class="secondary">Clear the test cookies</button>
        </form>
      </div>
      <p class="hint">The run plants seven <code>cl-xs-</code> test cookies on the other site (a top-level visit that comes back here, then an iframe), fires each kind of request at it, and reads what arrived from the responses themselves. The test cookies expire within ten minutes.</p>
      <noscript><p class="warnings">The image, iframe and fetch probes need JavaScript: the rest of Cookie Lab does not.</p></noscript>
      <p id="verdict" class="verdict" role="status" aria-live="polite"></p>

      <%-- Focusable, so that a keyboard can scroll the matrix where it is wider than the screen. --%>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="matrix-caption">
        <table id="matrix" class="matrix" data-other="${lab:attr(other)}" data-root="${root}">
          <caption id="matrix-caption">Sent to the other site? <span class="hint">measured, with what the rules expect beneath</span></caption>
          <thead>
            <tr><th scope="col">Request from this site</th>
              <c:forEach var="jar" items="${page.cookies()}"><th scope="col"><code>${jar.label()}</code><span class="hint">${lab:text(jar.attributes())}</span></th></c:forEach>
              <th scope="col">Sec-Fetch-Site, -Mode, -Dest</th></tr>
          </thead>
          <tbody>
          <c:forEach var="probe" items="${page.probes()}">
            <tr data-row="${probe.label()}">
              <th scope="row">${lab:text(probe.description())}</th>
              <c:forEach var="jar" items="${page.cookies()}">
                <c:set var="expected" value="${page.expected(probe, jar)}"/>
                <td data-request="${probe.label()}" data-cookie="${jar.label()}" data-expected="${expected}" data-if-differs="${lab:attr(page.ifItDiffers(probe, jar))}">
                  <span class="measured">?</span>
                  <span class="expected hint">expected: ${expected ? 'sent' : 'not sent'}</span>
                  <span class="why" hidden></span>
                </td>
              </c:forEach>
              <td class="sec" data-sec="${probe.label()}">?</td>
            </tr>
          </c:forEach>
          </tbody>
        </table>
      </div>
      <details>
        <summary>The rules behind each column</summary>
        <dl class="rules">
          <c:forEach var="jar" items="${page.cookies()}">
            <dt><code>${jar.cookieName()}</code>: ${lab:text(jar.attributes())}</dt><dd>${lab:text(jar.rule())}</dd>
          </c:forEach>
        </dl>
        <p>Expected values assume third-party cookies are allowed. Sec-Fetch-* are the headers the other site received, as browsers send them (Fetch Metadata).</p>
      </details>
      <a id="probe-link" hidden href="${lab:attr(other)}${root}/crosssite/probe?request=link">link probe</a>
      <form id="probe-form-get" hidden method="get" action="${lab:attr(other)}${root}/crosssite/probe"><input type="hidden" name="request" value="form-get"></form>
      <form id="probe-form-post" hidden method="post" action="${lab:attr(other)}${root}/crosssite/probe?request=form-post"></form>
      <div id="frames" hidden></div>
    </c:otherwise>
  </c:choose>
<%@ include file="/WEB-INF/views/layout/bottom.jspf" %>
