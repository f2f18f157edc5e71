<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- ${page}: a DecodePage --%>
<%@ include file="/WEB-INF/views/layout/head.jspf" %>
  <title>Decode a cookie &middot; Cookie Lab</title>
<%@ include file="/WEB-INF/views/layout/top.jspf" %>
  <h1>What is inside this cookie?</h1>
  <p>Paste a cookie's value, <code>name=value</code>, or a whole <code>Cookie:</code> header. Cookie Lab says what it is (Flask, Django, Express, Rails, a JWT, a session id…), what it holds, who can read it, and, with its key, whether its signature holds.</p>
  <form method="post" action="${root}/decode" class="explain-form">
    <label for="text">Value, <code>name=value</code>, or a <code>Cookie</code> header</label>
    <textarea id="text" name="text" rows="4" spellcheck="false" autocomplete="off" placeholder="session=eyJ1c2VyIjoiYWRhIn0.aVW5AA.LZOSa79l3wC6expfOybeBS3xdSs">${fn:escapeXml(page.text())}</textarea>
    <label for="key">Key, to check the signature <span class="hint">(optional)</span></label>
    <textarea id="key" name="key" rows="1" spellcheck="false" autocomplete="off" aria-describedby="key-hint"></textarea>
    <p class="hint" id="key-hint">A secret, a Django <code>SECRET_KEY</code>, a Rails <code>secret_key_base</code>, or a PEM public key for RS256/ES256. Sent only in this form's POST; never stored, logged or shown again. Without it, the lab still tries the well-known default keys.</p>
    <button type="submit">Decode</button>
  </form>

  <c:if test="${not empty page.missing()}">
    <p class="warnings" role="status" data-missing-cookie>Your browser sent no cookie named <code>${lab:text(page.missing())}</code> to this page: its Path may not cover <code>/decode</code>. Copy its value from the browser and paste it above.</p>
  </c:if>
  <c:if test="${not empty page.results()}">
    <section aria-labelledby="results-title" data-results="${fn:length(page.results())}">
      <h2 id="results-title">${fn:length(page.results()) == 1 ? 'The value' : 'The values'}${page.keyGiven() ? ', with the key you gave' : ''}</h2>
      <c:forEach var="result" items="${page.results()}">
        <article class="line" data-name="${lab:attr(result.name())}">
          <pre class="header">${empty result.name() ? '' : lab:text(result.name()).concat('=')}${lab:text(result.value())}</pre>
          <t:decoded d="${result.format()}" clock="${page}"/>
        </article>
      </c:forEach>
    </section>
  </c:if>
  <p class="hint">Every format, its layout and its source: <code>docs/decode.md</code>. To see what a browser does with a <code>Set-Cookie</code> line as well, use <a href="${root}/explain">Explain</a>, which decodes its values too.</p>
<%@ include file="/WEB-INF/views/layout/bottom.jspf" %>
