<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- ${page}: a HomePage --%>
<c:set var="form" value="${page.form()}"/>
<c:set var="sameSite" value="${page.sameSite()}"/>
<c:set var="ignored" value="${page.ignored()}"/>
<c:set var="errors" value="${page.fieldErrors()}"/>
<%@ include file="/WEB-INF/views/layout/head.jspf" %>
  <title>${empty page.errors() ? '' : lab:text(page.problemsTitle()).concat(' &middot; ')}Cookie Lab</title>
<%@ include file="/WEB-INF/views/layout/top.jspf" %>
  <h1>Cookie Lab</h1>
  <p class="lead">Set any cookie, see the exact <code>Set-Cookie</code>, what a browser will do with it, and what it sends back.</p>

  <c:if test="${not empty page.errors()}">
    <section class="problems" role="alert" tabindex="-1" autofocus aria-labelledby="problems-title" data-problems="${fn:length(page.errors())}">
      <h2 id="problems-title">${lab:text(page.problemsTitle())}</h2>
      <ul>
        <c:forEach var="problem" items="${page.errors()}">
          <li data-code="${lab:attr(problem.code())}"><c:choose>
            <c:when test="${page.hasInput(problem.field())}"><a href="#${problem.field()}">${page.label(problem.field())}</a>: </c:when>
            <c:when test="${not empty problem.field()}"><strong>${lab:text(page.label(problem.field()))}</strong>: </c:when>
          </c:choose>${lab:text(problem.message())}</li>
        </c:forEach>
      </ul>
    </section>
  </c:if>

  <div class="lab">
  <section class="jar" aria-labelledby="sent-title">
    <h2 id="sent-title">Your cookies</h2>
    <p class="hint" data-budget="${page.cookieBytes()}">Your browser sends ${page.cookieBytes()} of ${page.cookieBudget()} bytes and ${fn:length(page.cookies())} of ${page.maxCookies()} cookies here.</p>
    <c:choose>
      <c:when test="${empty page.cookies()}">
        <p class="empty">${empty ignored ? 'Your browser sent no cookies with this request.' : 'Your browser sent no cookie the server could read.'}</p>
      </c:when>
      <c:otherwise>
        <c:set var="sentTwice" value="${page.sentTwice()}"/>
        <c:if test="${not empty sentTwice}">
          <div class="warnings" data-sent-twice="true">
            <p>Sent twice: <c:forEach var="twice" items="${sentTwice}" varStatus="at"><code>${lab:text(twice)}</code>${at.last ? '' : ', '}</c:forEach>. A server reads the first; the others are marked <em>shadowed</em>.</p>
            <details><summary>Why, and how to delete a shadowed one</summary>
              <p>A browser sends the cookie with the longest Path first, then the oldest. The others were set with another Path or Domain, which the browser does not say.
                A row's Delete expires the name at <code>Path=/</code> on this host (and at <code>Domain=</code> this host, where it has two labels or more). A shadowed row's <em>Delete…</em> opens the form for its own Path and Domain.</p>
            </details>
          </div>
        </c:if>
        <div class="table-wrap">
          <table class="cookies">
            <thead>
              <tr><th scope="col">Name</th><th scope="col">Value</th><th scope="col">Raw value</th><th scope="col">Bytes</th><th scope="col">Signature</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>
            </thead>
            <tbody>
            <c:forEach var="sent" items="${page.cookies()}" varStatus="at">
              <c:set var="format" value="${page.formats()[at.index]}"/>
              <tr>
                <th scope="row" class="name"><code>${lab:text(sent.name())}</code><c:if test="${sent.shadowedBy() > 0}"><span class="hint"> shadowed</span></c:if></th>
                <td class="value" data-label="Value"><code>${lab:text(sent.value())}</code><a class="hint format" data-format="${lab:attr(format.id())}" href="${root}/decode?cookie=${lab:attr(lab:query(sent.name()))}" aria-label="What is inside ${lab:attr(sent.name())}: ${lab:attr(format.label(page.now()))}">${lab:text(format.label(page.now()))}</a></td>
                <td class="raw${sent.raw() == sent.value() ? ' same' : ''}" data-label="Raw"><code>${lab:text(sent.raw())}</code></td>
                <td class="bytes" data-label="Bytes">${sent.bytes()}</td>
                <t:signature value="${sent.signature()}"/>
                <td class="row-actions">
                  <a class="button secondary" href="${root}/?${lab:attr(page.editQuery(sent))}#new-cookie" aria-label="Edit ${lab:attr(sent.name())}">Edit</a>
                  <c:choose>
                    <c:when test="${sent.shadowedBy() > 0}"><a class="button secondary" data-delete-shadowed href="${root}/?${lab:attr(page.deleteQuery(sent))}#new-cookie" aria-label="Delete the shadowed ${lab:attr(sent.name())}…">Delete…</a></c:when>
                    <c:otherwise><t:delete name="${sent.name()}" inline="true"/></c:otherwise>
                  </c:choose>
                </td>
              </tr>
            </c:forEach>
            </tbody>
          </table>
        </div>
      </c:otherwise>
    </c:choose>
    <c:if test="${not empty ignored}">
<%@ include file="/WEB-INF/views/layout/ignored.jspf" %>
    </c:if>
    <c:if test="${not empty page.cookies() or not empty ignored}">
      <form method="post" action="${root}/setcookie" class="delete-all">
        <input type="hidden" name="action" value="delete-all">
        <button type="submit" class="secondary">Delete all</button>
        <span class="hint">each at <code>Path=/</code> on this host<c:forEach var="domain" items="${page.domainsReached(pageContext.request.serverName)}" varStatus="at">${at.first ? ' and at ' : ', '}<code>Domain=${lab:text(domain)}</code></c:forEach></span>
      </form>
    </c:if>
  </section>

  <section class="new" aria-labelledby="set-title">
    <details id="new-cookie"${empty page.cookies() or page.filled() ? ' open' : ''}>
      <summary><h2 id="set-title">New cookie</h2></summary>
      <c:if test="${page.deleting() and empty page.errors()}">
        <p class="note" data-deleting>To delete <code>${lab:text(form.name())}</code>, give the Path and Domain it was set with, then press <strong>Delete cookie</strong>.</p>
      </c:if>
      <form class="cookie-form" method="post" action="${root}/setcookie">
        <t:field id="name" label="Name" value="${form.name()}" error="${errors['name']}" extra="required"/>
        <t:field id="value" label="Value" value="${form.value()}" error="${errors['value']}" hint="any text; what a cookie cannot hold is percent-encoded"/>
        <t:field id="maxAge" label="Max-Age" value="${form.maxAge()}" error="${errors['maxAge']}" hint="seconds; empty: until the browser closes" extra="inputmode=&quot;numeric&quot; list=&quot;max-age-presets&quot;"/>
        <datalist id="max-age-presets">
          <option value="3600">1 hour</option>
          <option value="86400">1 day</option>
          <option value="34560000">400 days, the most browsers keep</option>
          <option value="0">0: delete</option>
        </datalist>
        <t:field id="path" label="Path" value="${form.path()}" error="${errors['path']}" hint="empty: /"/>
        <t:field id="domain" label="Domain" value="${form.domain()}" error="${errors['domain']}" hint="empty: this host only"/>
        <div class="field">
          <label for="sameSite">SameSite</label>
          <select id="sameSite" name="sameSite"<c:if test="${not empty errors['sameSite']}"> aria-invalid="true" aria-describedby="sameSite-error"</c:if>>
            <option value="Lax"${sameSite == 'lax' ? ' selected' : ''}>Lax</option>
            <option value="Strict"${sameSite == 'strict' ? ' selected' : ''}>Strict</option>
            <option value="None"${sameSite == 'none' ? ' selected' : ''}>None</option>
            <option value=""${sameSite == '' ? ' selected' : ''}>(not sent)</option>
          </select>
          <c:if test="${not empty errors['sameSite']}"><p class="field-error" id="sameSite-error">${lab:text(errors['sameSite'].message())}</p></c:if>
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
    </details>
  </section>
  </div>
<%@ include file="/WEB-INF/views/layout/bottom.jspf" %>
