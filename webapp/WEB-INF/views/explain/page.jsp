<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- ${page}: an ExplainPage --%>
<c:set var="ex" value="${page.explanation()}"/>
<%@ include file="/WEB-INF/views/layout/head.jspf" %>
  <title>Explain a Set-Cookie &middot; Cookie Lab</title>
<%@ include file="/WEB-INF/views/layout/top.jspf" %>
  <h1>Explain a <code>Set-Cookie</code></h1>
  <p>Paste what your app sends: <code>Set-Cookie</code> lines, with or without the header's name, or a whole response head as <code>curl -i</code> or <code>curl -v</code> prints it. Cookie Lab says what a browser keeps, refuses or ignores, and where it sends each cookie back, as Chromium decides.
    It also says what is inside each value (a <code>Cookie:</code> header's too, or one value on its own): Flask, Django, Express, Rails, a JWT, a session id.</p>
  <form method="post" action="${root}/explain" class="explain-form">
    <label for="text">Response headers, a <code>Cookie</code> header, or a value</label>
    <textarea id="text" name="text" rows="8" spellcheck="false" autocomplete="off" placeholder="Set-Cookie: session=abc; Path=/; Secure; HttpOnly; SameSite=None">${fn:escapeXml(page.text())}</textarea>
    <label for="key">Key, to check the signature <span class="hint">(optional)</span></label>
    <textarea id="key" name="key" rows="1" spellcheck="false" autocomplete="off" aria-describedby="key-hint"></textarea>
    <p class="hint" id="key-hint">A secret, a Django <code>SECRET_KEY</code>, a Rails <code>secret_key_base</code>, or a PEM public key for RS256/ES256. Sent only in this form's POST; never stored, logged or shown again. Without it, the lab still tries the well-known default keys.</p>
    <label for="url">The URL the response came from</label>
    <input id="url" name="url" type="url" value="${lab:attr(page.url())}">
    <p class="hint">Scheme, host and path decide Secure, Domain and the default Path. It defaults to this page, so that you can also try the lines in this browser.</p>
    <button type="submit" name="action" value="explain">Explain</button>
  </form>

  <c:if test="${not empty ex}">
    <c:if test="${not empty ex.value()}">
      <section aria-labelledby="value-title" data-value>
        <h2 id="value-title">The value you pasted</h2>
        <p class="hint">Read as one value on its own${ex.keyGiven() ? ', with the key you gave' : ''}. To explain it as a <code>Set-Cookie</code> line instead, write <code>Set-Cookie:</code> before it.</p>
        <t:decoded d="${ex.value()}" clock="${ex}"/>
      </section>
    </c:if>
    <c:if test="${empty ex.value()}">
    <section aria-labelledby="lines-title">
      <h2 id="lines-title">Line by line</h2>
      <c:if test="${empty ex.lines()}"><p class="empty">No <code>Set-Cookie</code> line in what you pasted.</p></c:if>
      <c:forEach var="line" items="${ex.lines()}" varStatus="at">
        <c:set var="kept" value="${line.cookie()}"/>
        <article class="line" data-line="${at.index}" data-stored="${line.stored()}">
          <pre class="header">Set-Cookie: ${lab:text(line.line())}</pre>
          <c:choose>
            <c:when test="${not empty line.refusals()}">
              <p class="verdict-bad" data-refused="${lab:attr(line.refusals()[0].chromium())}"><strong>Refused.</strong></p>
              <ul>
                <c:forEach var="refusal" items="${line.refusals()}">
                  <li data-code="${lab:attr(refusal.code())}">${lab:text(refusal.message())}&#32;<strong class="fix">${lab:text(refusal.fix())}</strong>&#32;<span class="hint">(Chromium: <code>${lab:text(refusal.chromium())}</code>; ${lab:text(refusal.rule())})</span></li>
                </c:forEach>
              </ul>
            </c:when>
            <c:when test="${line.deletes()}"><p class="verdict-ok" data-deletes><strong>Deletes</strong> any cookie <code>${lab:text(kept.name())}</code> at that Domain and Path: it expires at once.</p></c:when>
            <c:otherwise>
              <p class="verdict-ok"><strong>${line.replaced() ? 'Kept, replacing the one before' : 'Kept'}.</strong></p>
              <table class="cookie">
                <tbody>
                  <tr><th scope="row">Name</th><td><code>${lab:text(kept.name())}</code>${empty kept.name() ? ' (none: the browser sends the value alone)' : ''}</td></tr>
                  <tr><th scope="row">Value</th><td><code>${lab:text(kept.value())}</code></td></tr>
                  <tr><th scope="row">Domain</th><td><code>${lab:text(kept.domain())}</code> ${kept.hostOnly() ? '(host-only: this host alone)' : '(and every subdomain)'}</td></tr>
                  <tr><th scope="row">Path</th><td><code>${lab:text(kept.path())}</code>${line.defaultPath() ? ' (the default path: the directory of the URL\'s path, for want of a Path attribute that starts with /)' : ''}</td></tr>
                  <tr><th scope="row">Expires</th><td>${empty kept.expires() ? 'when the browser closes (a session cookie)' : lab:text(kept.expires().toString()).concat(' (').concat(ex.fromNow(kept.expires())).concat(')')}${line.capped() ? ', capped at 400 days' : ''}</td></tr>
                  <tr><th scope="row">Secure</th><td>${kept.secure() ? 'yes: HTTPS only (and localhost)' : 'no'}</td></tr>
                  <tr><th scope="row">HttpOnly</th><td>${kept.httpOnly() ? 'yes: no script can read it' : 'no: document.cookie reads it'}</td></tr>
                  <tr><th scope="row">SameSite</th><td>${empty kept.sameSite() ? 'none given: Lax by default' : kept.sameSite().label()}</td></tr>
                  <tr><th scope="row">Partitioned</th><td>${kept.partitioned() ? 'yes, under the top-level site '.concat(lab:text(kept.partitionKey())) : 'no'}</td></tr>
                </tbody>
              </table>
            </c:otherwise>
          </c:choose>
          <c:if test="${not empty line.ignored()}">
            <p>Ignored without a word:</p>
            <ul class="ignored">
              <c:forEach var="one" items="${line.ignored()}"><li><code>${lab:text(one.attribute())}</code>: ${lab:text(one.why())}</li></c:forEach>
            </ul>
          </c:if>
          <details class="inside" open><summary>What is inside the value</summary><t:decoded d="${ex.formats()[at.index]}" clock="${ex}"/></details>
        </article>
      </c:forEach>
    </section>

    <c:if test="${not empty ex.cookiePairs()}">
      <section aria-labelledby="pairs-title" data-cookie-pairs="${fn:length(ex.cookiePairs())}">
        <h2 id="pairs-title">The <code>Cookie</code> header you pasted</h2>
        <p>What a browser sent: each pair as it stands, in order. A server reads the first of a name.</p>
        <c:forEach var="pair" items="${ex.cookiePairs()}">
          <article class="line" data-pair="${lab:attr(pair.name())}">
            <pre class="header">${lab:text(pair.pair())}</pre>
            <t:decoded d="${pair.format()}" clock="${ex}"/>
          </article>
        </c:forEach>
      </section>
    </c:if>

    <section aria-labelledby="jar-title">
      <h2 id="jar-title">The jar at the end</h2>
      <c:choose>
        <c:when test="${empty ex.jar()}"><p class="empty" data-jar="0">No cookie left.</p></c:when>
        <c:otherwise>
          <div class="table-wrap" tabindex="0" role="region" aria-label="Where each cookie is sent">
          <table class="matrix" data-jar="${fn:length(ex.jar())}">
            <thead><tr><th scope="col">Sent with…</th><c:forEach var="kept" items="${ex.jar()}"><th scope="col"><code>${lab:text(kept.name())}</code></th></c:forEach></tr></thead>
            <tbody>
              <c:forEach var="target" items="${ex.sentTo()}">
                <tr><th scope="row">${lab:text(target.label())}<br><span class="hint">${lab:text(target.url())}</span></th>
                  <c:forEach var="why" items="${target.whyNot()}"><td data-sent="${empty why}">${empty why ? 'sent' : 'not sent'}<c:if test="${not empty why}"><br><span class="hint">${lab:text(why)}</span></c:if></td></c:forEach>
                </tr>
              </c:forEach>
            </tbody>
          </table>
          </div>
          <p class="hint">Cross-site rows assume Chromium's default, third-party cookies blocked: an embed or fetch then carries partitioned cookies alone.</p>
        </c:otherwise>
      </c:choose>
    </section>

    </c:if>

    <c:if test="${page.canReplay() and not empty ex.lines()}">
      <form method="post" action="${root}/explain" class="next">
        <input type="hidden" name="text" value="${lab:attr(page.text())}">
        <input type="hidden" name="url" value="${lab:attr(page.url())}">
        <c:choose>
          <c:when test="${page.replayed()}"><p data-replayed>This response carried your lines as they are. Your browser has applied them.</p><button type="submit" name="action" value="compare">See what your browser sends back</button></c:when>
          <c:otherwise><button type="submit" name="action" value="replay" class="secondary">Try it in this browser</button></c:otherwise>
        </c:choose>
      </form>
    </c:if>

    <c:if test="${not empty page.comparison()}">
      <section aria-labelledby="compare-title">
        <h2 id="compare-title">What your browser sent back</h2>
        <table class="cookie" data-comparison>
          <thead><tr><th scope="col">Name</th><th scope="col">Predicted</th><th scope="col">Sent</th></tr></thead>
          <tbody>
            <c:forEach var="row" items="${page.comparison()}">
              <tr data-name="${lab:attr(row.name())}" data-agrees="${row.agrees()}"><td><code>${lab:text(row.name())}</code></td><td>${empty row.predicted() ? 'not sent' : '<code>'.concat(lab:text(row.predicted())).concat('</code>')}</td><td>${empty row.sent() ? 'not sent' : '<code>'.concat(lab:text(row.sent())).concat('</code>')}</td></tr>
            </c:forEach>
          </tbody>
        </table>
      </section>
    </c:if>
  </c:if>
<%@ include file="/WEB-INF/views/layout/bottom.jspf" %>
