"""Prints bench/run.sh's table and ratios from its results file (medians over the rounds)."""
import statistics
import sys
from collections import defaultdict

runs = defaultdict(list)
for line in open(sys.argv[1]):
    path, conns, cookies, target, _round, rps, p50, p99, errors, non2xx = line.split()
    runs[(path, int(conns), cookies, target)].append((float(rps), float(p50), float(p99), int(errors), int(non2xx)))

def median(key, i):
    return statistics.median(r[i] for r in runs[key]) if key in runs else None

def ratio(a, b):
    return f"{a / b:.2f}" if a and b else "-"

print(f"{'path':<11}{'conns':>6} {'cookies':<9}{'target':<10}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'non-2xx':>9}")
cases = sorted({k[:3] for k in runs}, key=lambda k: (["/getcookie", "/setcookie", "/", "/cookies"].index(k[0]), k[1], k[2]))
for case in cases:
    for target in ["lab", "lab-nolog", "baseline", "flask"]:
        key = case + (target,)
        if key in runs:
            errors = sum(r[3] for r in runs[key])
            non2xx = sum(r[4] for r in runs[key])
            print(f"{case[0]:<11}{case[1]:>6} {case[2]:<9}{target:<10}{median(key, 0):>9.0f}{median(key, 1):>9.2f}"
                  f"{median(key, 2):>9.2f}{errors:>8}{non2xx:>9}")

print()
print(f"{'path':<11}{'conns':>6} {'cookies':<9}{'lab/baseline':>13}{'lab/flask':>11}{'log on/off':>12}")
for case in cases:
    lab = median(case + ("lab",), 0)
    print(f"{case[0]:<11}{case[1]:>6} {case[2]:<9}{ratio(lab, median(case + ('baseline',), 0)):>13}"
          f"{ratio(lab, median(case + ('flask',), 0)):>11}{ratio(lab, median(case + ('lab-nolog',), 0)):>12}")

print()
checks = []
for conns in (16, 256):
    for cookies in ("tutorial", "twenty"):
        case = ("/getcookie", conns, cookies)
        lab = median(case + ("lab",), 0)
        if lab is None:
            continue
        checks.append((f"/getcookie {conns} conns {cookies}: lab/baseline >= 0.6", lab / median(case + ("baseline",), 0) >= 0.6))
        if median(case + ("flask",), 0):
            checks.append((f"/getcookie {conns} conns {cookies}: lab/flask >= 5", lab / median(case + ("flask",), 0) >= 5))
        checks.append((f"/getcookie {conns} conns {cookies}: log on/off >= 0.95", lab / median(case + ("lab-nolog",), 0) >= 0.95))
for cookies in ("tutorial", "twenty"):
    p99 = median(("/getcookie", 16, cookies, "lab"), 2)
    if p99 is None:
        continue
    checks.append((f"/getcookie 16 conns {cookies}: lab p99 {p99:.2f} ms < 10 ms", p99 < 10))
for name, ok in checks:
    print(("MET    " if ok else "MISSED ") + name)
