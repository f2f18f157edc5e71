<%@ tag body-content="empty" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%-- A button that expires the cookie of that name at Path=/ on this host. --%>
<%@ attribute name="name" required="true" %>
<%@ attribute name="inline" type="java.lang.Boolean" %>
<form${inline ? ' class="inline"' : ''} method="post" action="${root}/setcookie">
  <input type="hidden" name="action" value="delete">
  <input type="hidden" name="name" value="${lab:attr(name)}">
  <button type="submit" class="secondary" aria-label="Delete ${lab:attr(name)}">Delete</button>
</form>
