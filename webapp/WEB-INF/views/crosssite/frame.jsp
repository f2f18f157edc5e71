<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="lab" uri="urn:cookie-lab:functions" %>
<%-- ${page}: a CrossSitePage.Frame. Its script posts the report to the page that embeds it, that origin alone. --%>
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Cross-site probe</title></head>
<body data-report="${lab:attr(page.json())}" data-parent="${lab:attr(page.parentOrigin())}">
<p>Cookie Lab's cross-site probe.</p>
<script src="${root}/static/crosssite-frame.js"></script>
</body>
</html>
