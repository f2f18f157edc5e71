#!/usr/bin/env bash
# One round of profiling: where a /getcookie request's CPU goes, with the traffic log off. A node runs with Java
# Flight Recorder; after a warm-up, JFR samples 30 s of wrk load at 16 connections with the tutorial's cookie, and the
# execution samples are attributed to what the request does (a sample counts for every part on its stack).
#   bench/profile.sh                   COOKIES=twenty bench/profile.sh
# Needs: a JDK 17 (jfr), Maven, curl, wrk, python3.
source "$(dirname "$0")/lib.sh"

PORT=18095
trap 'stop_node profile' EXIT
prepare
header=$(cookie_header "${COOKIES:-tutorial}")
LOG_OPTS="$LOG_OPTS -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints -XX:FlightRecorderOptions=stackdepth=512" \
  start_node profile $PORT "$ROOT/target/cookie-lab.war" cookielab.traffic.log=false
run_wrk "http://127.0.0.1:$PORT/getcookie" 16 30 "$header" >/dev/null
pid=$(node_pid profile)
jcmd "$pid" JFR.start name=bench settings=profile filename="$WORK/profile.jfr" >/dev/null
result=$(run_wrk "http://127.0.0.1:$PORT/getcookie" 16 30 "$header")
jcmd "$pid" JFR.stop name=bench >/dev/null
echo "wrk: $result (req/s p50 p99 errors non-2xx requests)"
jfr print --json --stack-depth 512 --events jdk.ExecutionSample "$WORK/profile.jfr" >"$WORK/profile.json"
python3 - "$WORK/profile.json" <<'PY'
import json, sys
from collections import Counter
# A part of the work, and the frames that mark it (class or method name prefixes), checked from the top of the stack.
PARTS = [
    ("EL: expressions and method calls by reflection", ("org.apache.el.", "jakarta.el.", "java.lang.reflect.", "jdk.internal.reflect.")),
    ("JSP rendering (page code, JSTL, the layout)", ("org.apache.jsp.", "org.apache.jasper.", "org.apache.taglibs.", "jakarta.servlet.jsp.")),
    ("escaping (HtmlText)", ("dev.cookielab.web.HtmlText",)),
    ("the filter (CookieTrafficFilter, log off)", ("dev.cookielab.traffic.",)),
    ("security headers", ("dev.cookielab.web.SecurityHeaders",)),
    ("negotiation (Accept)", ("dev.cookielab.web.Negotiation",)),
    ("reading the cookies (Tomcat's parser, SentCookies, reports)", ("org.apache.tomcat.util.http.Rfc6265CookieProcessor", "org.apache.tomcat.util.http.parser.Cookie", "dev.cookielab.cookie.", "dev.cookielab.web.ServletCookies")),
    ("the servlet and forward (GetCookieServlet, dispatcher)", ("dev.cookielab.lab.", "org.apache.catalina.core.ApplicationDispatcher")),
]
samples = json.load(open(sys.argv[1]))["recording"]["events"]
total = len(samples)
inclusive = Counter()
app = 0
for sample in samples:
    names = [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".")
             for f in sample["values"]["stackTrace"]["frames"]]
    if any(n.startswith(("org.apache.catalina.core.StandardWrapperValve", "org.apache.catalina.core.ApplicationFilterChain")) for n in names):
        app += 1
    for part, prefixes in PARTS:
        if any(n.startswith(prefixes) for n in names):
            inclusive[part] += 1
print(f"{total} execution samples; {100 * app / total:.0f} % inside the app (filter chain and servlet), the rest Tomcat's connector, GC and JIT")
print("share of all samples, inclusive (a sample counts for every part on its stack):")
for part, _ in PARTS:
    print(f"  {100 * inclusive[part] / total:5.1f} %  {part}")
PY
