<%@ tag body-content="empty" trimDirectiveWhitespaces="true" %>
<%@ attribute name="d" required="true" type="dev.cookielab.cookie.decode.Decoded" %>
<%@ attribute name="clock" required="true" type="java.lang.Object" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%-- What a value is: its format, why the lab thinks so, who can read it, its times, signature and payload.
     ${clock}: the page model, whose fromNow(instant) says "in 13 days". --%>
<div class="decoded" data-format="${lab:attr(d.id())}" data-signature="${d.signature().label()}">
  <p class="format"><strong>${lab:text(d.name())}</strong> <span class="hint">(${lab:text(d.certainty())})</span>: ${lab:text(d.why())}</p>
  <p class="readable">${lab:text(d.readable())}</p>
  <c:if test="${not empty d.warnings()}">
    <ul class="warnings" data-warnings="${d.warnings().size()}"><c:forEach var="warning" items="${d.warnings()}"><li>${lab:text(warning)}</li></c:forEach></ul>
  </c:if>
  <dl class="facts">
    <c:if test="${d.signature() != 'NONE' or d.encrypted()}"><dt>Signature</dt><dd data-verdict="${d.signature().label()}">${lab:text(d.signatureText())}</dd></c:if>
    <c:if test="${not empty d.algorithm()}"><dt>Algorithm</dt><dd>${lab:text(d.algorithm())}${d.compressed() ? ', payload compressed (zlib)' : ''}</dd></c:if>
    <c:if test="${not empty d.issuedAt()}"><dt>${lab:text(d.issuedLabel())}</dt><dd><time datetime="${d.issuedAt()}">${d.issuedAt()}</time> (${clock.fromNow(d.issuedAt())})</dd></c:if>
    <c:if test="${not empty d.notBefore()}"><dt>Not before</dt><dd><time datetime="${d.notBefore()}">${d.notBefore()}</time> (${clock.fromNow(d.notBefore())})</dd></c:if>
    <c:if test="${not empty d.expiresAt()}"><dt>Expires</dt><dd><time datetime="${d.expiresAt()}">${d.expiresAt()}</time> (${clock.fromNow(d.expiresAt())})</dd></c:if>
  </dl>
  <c:if test="${not empty d.payload()}"><pre class="payload" tabindex="0" aria-label="Payload">${lab:lines(d.payloadText())}</pre></c:if>
</div>
