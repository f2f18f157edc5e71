package dev.cookielab.web;

/** The JSPs under {@code WEB-INF/views}, out of the client's reach; each reads its model as {@code ${page}}. */
enum View {
    HOME("home.jsp"), SET("set.jsp"), GET("get.jsp"), CROSSSITE("crosssite.jsp"), FRAME("crosssite-frame.jsp");

    /** The request attribute that holds a view's model. */
    static final String MODEL = "page";

    private final String path;

    View(String file) {
        this.path = "/WEB-INF/views/" + file;
    }

    String path() {
        return path;
    }
}
