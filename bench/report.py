"""Prints bench/run.sh's table (medians over the rounds) and its ratios.

A ratio is the median over the rounds of the ratio within each round: the targets of one round run back to
back, so a machine that is slower for a minute (a shared host, another process) slows both sides of it.
"""
import statistics
import sys
from collections import defaultdict

runs = defaultdict(list)
by_round = defaultdict(dict)
for line in open(sys.argv[1]):
    path, conns, cookies, target, round_, rps, p50, p99, errors, non2xx = line.split()
    runs[(path, int(conns), cookies, target)].append((float(rps), float(p50), float(p99), int(errors), int(non2xx)))
    by_round[(path, int(conns), cookies, round_)][target] = float(rps)

def median(key, i):
    return statistics.median(r[i] for r in runs[key]) if key in runs else None

def round_ratio(case, target, other):
    """The median over the rounds of target's requests/s over other's in the same round, or None."""
    ratios = [rounds[target] / rounds[other] for key, rounds in by_round.items()
              if key[:3] == case and rounds.get(target) and rounds.get(other)]
    return statistics.median(ratios) if ratios else None

def ratio(case, other):
    value = round_ratio(case, "lab", other)
    return f"{value:.2f}" if value else "-"

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
    print(f"{case[0]:<11}{case[1]:>6} {case[2]:<9}{ratio(case, 'baseline'):>13}"
          f"{ratio(case, 'flask'):>11}{ratio(case, 'lab-nolog'):>12}")

print()
checks = []
for conns in (16, 256):
    for cookies in ("tutorial", "twenty"):
        case = ("/getcookie", conns, cookies)
        for other, name, target in (("baseline", "lab/baseline", 0.6), ("flask", "lab/flask", 5),
                                    ("lab-nolog", "log on/off", 0.95)):
            value = round_ratio(case, "lab", other)
            if value is not None:
                checks.append((f"/getcookie {conns} conns {cookies}: {name} {value:.2f} >= {target}", value >= target))
for cookies in ("tutorial", "twenty"):
    p99 = median(("/getcookie", 16, cookies, "lab"), 2)
    if p99 is None:
        continue
    checks.append((f"/getcookie 16 conns {cookies}: lab p99 {p99:.2f} ms < 10 ms", p99 < 10))
for name, ok in checks:
    print(("MET    " if ok else "MISSED ") + name)
