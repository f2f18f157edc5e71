<%@ tag body-content="empty" trimDirectiveWhitespaces="true" %>
<%@ attribute name="value" required="true" type="dev.cookielab.cookie.Signature" %>
<td class="sig-${value.label()}" data-label="Signature">${value.label()}</td>
