package dev.cookielab.web;

/** A JSP under {@code WEB-INF/views}, out of the client's reach; it reads its model as {@code ${page}}. */
public record View(String path) {

    /** The request attribute that holds a view's model. */
    static final String MODEL = "page";

    /** The view at {@code WEB-INF/views/<file>}, e.g. {@code lab/home.jsp}. */
    public static View of(String file) {
        return new View("/WEB-INF/views/" + file);
    }
}
