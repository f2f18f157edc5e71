package dev.cookielab.explain;

import java.util.List;

/**
 * What explain/page.jsp shows: the form as filled in, and once asked, the explanation; after "Try it in this
 * browser", whether the lines were replayed, and after the check, what the browser sent next to the prediction.
 *
 * @param canReplay whether the URL is this page's own, where the browser can be shown the very lines
 */
public record ExplainPage(String text, String url, Explanation explanation, boolean canReplay, boolean replayed,
        List<Comparison> comparison) {

    /** One cookie of the prediction, or of the request, with what was predicted and what the browser sent. */
    public record Comparison(String name, String predicted, String sent) {

        public boolean agrees() {
            return java.util.Objects.equals(predicted, sent);
        }
    }
}
