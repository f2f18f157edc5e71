<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="scriptless" %>
<%@ attribute name="title" required="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<c:set var="root" value="${fn:escapeXml(pageContext.request.contextPath)}"/>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><c:if test="${title != 'Cookie Lab'}"><c:out value="${title}"/> · </c:if>Cookie Lab</title>
  <link rel="stylesheet" href="${root}/static/lab.css">
</head>
<body>
<header class="bar">
  <a class="brand" href="${root}/">Cookie Lab</a>
  <nav aria-label="Main">
    <a href="${root}/setcookie">Set</a>
    <a href="${root}/getcookie">Get</a>
  </nav>
</header>
<main>
  <h1><c:out value="${title}"/></h1>
  <jsp:doBody/>
</main>
<footer class="bar">Cookie Lab · sets, reads and explains HTTP cookies</footer>
</body>
</html>
