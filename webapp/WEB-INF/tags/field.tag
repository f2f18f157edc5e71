<%@ tag body-content="empty" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%-- A text field with its label, its hint and, after a refusal, its own error, tied to it for screen readers. --%>
<%@ attribute name="id" required="true" %>
<%@ attribute name="label" required="true" %>
<%@ attribute name="value" %>
<%@ attribute name="hint" %>
<%@ attribute name="error" type="dev.cookielab.cookie.CookieProblem" %>
<%@ attribute name="extra" description="further attributes of the input, written as they are: never user text" %>
<div class="field${id == 'value' ? ' wide' : ''}">
  <label for="${id}">${label}<c:if test="${not empty hint}">&#32;<span class="hint">${hint}</span></c:if></label>
  <input type="text" id="${id}" name="${id}" value="${lab:attr(value)}" autocomplete="off" spellcheck="false"${' '}${extra}<c:if test="${not empty error}"> aria-invalid="true" aria-describedby="${id}-error"</c:if>>
  <c:if test="${not empty error}"><p class="field-error" id="${id}-error">${lab:text(error.message())}</p></c:if>
</div>
