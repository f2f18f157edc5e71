<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- ${page}: a HomePage --%>
<c:set var="form" value="${page.form()}"/>
<c:set var="sameSite" value="${page.sameSite()}"/>
<c:set var="ignored" value="${page.ignored()}"/>
<%@ include file="/WEB-INF/views/layout/head.jspf" %>
  <title>Cookie Lab</title>
<%@ include file="/WEB-INF/views/layout/top.jspf" %>
  <h1>Cookie Lab</h1>
  <p>Set any cookie with every attribute, see the exact <code>Set-Cookie</code> header, what a browser will do with it, and what it sends back.
    The tutorial's pages: <a href="${root}/setcookie">set <code>Name=AskPython</code></a> &middot; <a href="${root}/getcookie">read it back</a>.</p>

  <c:if test="${not empty page.errors()}">
    <section class="problems" role="alert" aria-labelledby="problems-title">
      <h2 id="problems-title">Nothing was set</h2>
      <ul>
        <c:forEach var="problem" items="${page.errors()}">
          <li data-code="${lab:attr(problem.code())}"><c:if test="${not empty problem.field()}"><strong>${lab:text(problem.field())}</strong>: </c:if>${lab:text(problem.message())}</li>
        </c:forEach>
      </ul>
    </section>
  </c:if>

  <section aria-labelledby="set-title">
    <h2 id="set-title">Set or delete a cookie</h2>
    <form class="cookie-form" method="post" action="${root}/setcookie">
      <div>
        <label for="name">Name</label>
        <input type="text" id="name" name="name" required value="${lab:attr(form.name())}" autocomplete="off" spellcheck="false">
      </div>
      <div class="wide">
        <label for="value">Value <span class="hint">any text; what is not allowed in a cookie is percent-encoded</span></label>
        <input type="text" id="value" name="value" value="${lab:attr(form.value())}" autocomplete="off" spellcheck="false">
      </div>
      <div>
        <label for="maxAge">Max-Age <span class="hint">seconds; empty for a session cookie</span></label>
        <input type="text" id="maxAge" name="maxAge" inputmode="numeric" value="${lab:attr(form.maxAge())}">
      </div>
      <div>
        <label for="path">Path</label>
        <input type="text" id="path" name="path" value="${lab:attr(form.path())}" spellcheck="false">
      </div>
      <div>
        <label for="domain">Domain <span class="hint">empty for this host only</span></label>
        <input type="text" id="domain" name="domain" value="${lab:attr(form.domain())}" spellcheck="false">
      </div>
      <div>
        <label for="sameSite">SameSite</label>
        <select id="sameSite" name="sameSite">
          <option value="Lax"${sameSite == 'lax' ? ' selected' : ''}>Lax</option>
          <option value="Strict"${sameSite == 'strict' ? ' selected' : ''}>Strict</option>
          <option value="None"${sameSite == 'none' ? ' selected' : ''}>None</option>
          <option value=""${sameSite == '' ? ' selected' : ''}>(not sent)</option>
        </select>
      </div>
      <fieldset class="wide checks">
        <legend>Flags</legend>
        <input type="hidden" name="secure" value="off">
        <label><input type="checkbox" name="secure" value="on"${form.secure() ? ' checked' : ''}> Secure</label>
        <input type="hidden" name="httpOnly" value="off">
        <label><input type="checkbox" name="httpOnly" value="on"${form.httpOnly() ? ' checked' : ''}> HttpOnly</label>
        <input type="hidden" name="partitioned" value="off">
        <label><input type="checkbox" name="partitioned" value="on"${form.partitioned() ? ' checked' : ''}> Partitioned</label>
        <input type="hidden" name="signed" value="off">
        <label><input type="checkbox" name="signed" value="on"${form.signed() ? ' checked' : ''}> Signed (HMAC-SHA256)</label>
      </fieldset>
      <div class="wide actions">
        <button type="submit" name="action" value="set">Set cookie</button>
        <button type="submit" name="action" value="delete" class="secondary">Delete cookie</button>
      </div>
    </form>
  </section>

  <section aria-labelledby="sent-title">
    <h2 id="sent-title">Cookies your browser sent</h2>
    <c:choose>
      <c:when test="${empty page.cookies()}">
        <p class="empty">${empty ignored ? 'Your browser sent no cookies with this request.' : 'Your browser sent no cookie the server could read.'}</p>
      </c:when>
      <c:otherwise>
        <c:set var="sentTwice" value="${page.sentTwice()}"/>
        <c:if test="${not empty sentTwice}">
          <p class="warnings" data-sent-twice="true">More than one cookie came under the same name:
            <c:forEach var="twice" items="${sentTwice}" varStatus="at"><code>${lab:text(twice)}</code>${at.last ? '.' : ', '}</c:forEach>
            A server that reads such a name gets the first (a browser sends the cookie with the longest Path first, then the oldest); the others, marked <em>shadowed</em>, were set with another Path or Domain, which the browser does not say.
            A Delete button expires the name at <code>Path=/</code> on this host; to delete another, use the form with its own Path and Domain.</p>
        </c:if>
        <div class="table-wrap">
          <table class="cookies">
            <thead>
              <tr><th scope="col">Name</th><th scope="col">Value</th><th scope="col">Raw value</th><th scope="col">Bytes</th><th scope="col">Signature</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>
            </thead>
            <tbody>
            <c:forEach var="sent" items="${page.cookies()}">
              <tr>
                <td><code>${lab:text(sent.name())}</code><c:if test="${sent.shadowedBy() > 0}"><span class="hint"> shadowed</span></c:if></td>
                <td><code>${lab:text(sent.value())}</code></td>
                <td><code>${lab:text(sent.raw())}</code></td>
                <td>${sent.bytes()}</td>
                <t:signature value="${sent.signature()}"/>
                <td><t:delete name="${sent.name()}"/></td>
              </tr>
            </c:forEach>
            </tbody>
          </table>
        </div>
      </c:otherwise>
    </c:choose>
  </section>
  <c:if test="${not empty ignored}">
<%@ include file="/WEB-INF/views/layout/ignored.jspf" %>
  </c:if>
  <c:if test="${not empty page.cookies() or not empty ignored}">
    <form method="post" action="${root}/setcookie">
      <input type="hidden" name="action" value="delete-all">
      <p><button type="submit" class="secondary">Delete all the cookies you sent</button>
        <span class="hint">each at <code>Path=/</code> on this host: the browser does not say where the others live</span></p>
    </form>
  </c:if>
<%@ include file="/WEB-INF/views/layout/bottom.jspf" %>
