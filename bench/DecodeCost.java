import dev.cookielab.cookie.decode.Decoder;
import dev.cookielab.cookie.decode.Keys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** Microseconds one decode takes, per kind of value: what a row of the lab or a paste on Explain costs. */
public class DecodeCost {

    public static void main(String[] args) throws Exception {
        String vectors = Files.readString(Path.of("src/test/resources/decode/vectors/python.json"))
                + Files.readString(Path.of("src/test/resources/decode/vectors/rails.json"));
        String flask = value(vectors, "session=eyJ1c2VyIjoiYWRhIn0");
        String jwt = value(vectors, "token=eyJhbGciOiJIUzI1NiIs");
        String rails = value(vectors, "_app_session=");
        Object[][] cases = {
            {"a plain value (Name=AskPython)", "Name", "AskPython", null},
            {"Flask session, no key (13 well-known keys tried)", "session", flask, null},
            {"Flask session, with its key", "session", flask, "dev"},
            {"JWT HS256, no key", "token", jwt, null},
            {"Rails encrypted, with its key (PBKDF2 each time)", "_app_session", rails, "4f3c2b1a".repeat(16)},
        };
        int runs = Integer.parseInt(System.getenv().getOrDefault("RUNS", "20000"));
        for (Object[] c : cases) {
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                int n = c[3] != null && c[1].equals("_app_session") ? runs / 100 : runs;
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    Decoder.decode((String) c[1], (String) c[2], Map.of(), Keys.of((String) c[3]), Instant.now());
                }
                best = Math.min(best, (System.nanoTime() - start) / 1000.0 / n);
            }
            System.out.printf("%-52s %8.1f µs%n", c[0], best);
        }
    }

    /** The value of the first vector whose Set-Cookie starts with the prefix. */
    private static String value(String vectors, String prefix) {
        int at = vectors.indexOf("\"setCookie\": \"" + prefix);
        int start = vectors.indexOf('=', at) + 1;
        return vectors.substring(start, vectors.indexOf(';', start));
    }
}
