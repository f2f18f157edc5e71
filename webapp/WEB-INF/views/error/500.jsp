<%@ page session="false" trimDirectiveWhitespaces="true" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<t:page title="Something went wrong">
  <section class="problems" role="alert">
    <p>Cookie Lab failed to answer this request. The failure has been logged; nothing about it is shown here.</p>
  </section>
</t:page>
