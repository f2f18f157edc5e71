"""Prints bench/run.sh's table (medians over the rounds) and its ratios.

A ratio is the median over the rounds of the ratio within each round: the targets of one round run back to
back, so a machine that is slower for a minute (a shared host, another process) slows both sides of it.
The traffic log's cost is given twice: as requests/s (log on over off) and as the Tomcat process's CPU time per
request (log off over on, so that both read "1.00 = free"). The CPU figure decides the log's targets.
"""
import statistics
import sys
from collections import defaultdict

runs = defaultdict(list)
by_round = defaultdict(lambda: defaultdict(dict))
for line in open(sys.argv[1]):
    path, conns, cookies, target, round_, rps, p50, p99, errors, non2xx, requests, cpu = line.split()
    runs[(path, int(conns), cookies, target)].append((float(rps), float(p50), float(p99), int(errors), int(non2xx),
                                                      float(cpu)))
    by_round["rps"][(path, int(conns), cookies, round_)][target] = float(rps)
    by_round["cpu"][(path, int(conns), cookies, round_)][target] = float(cpu)

def median(key, i):
    return statistics.median(r[i] for r in runs[key]) if key in runs else None

def round_ratio(case, target, other, measure="rps"):
    """The median over the rounds of target's figure over other's in the same round, or None."""
    ratios = [rounds[target] / rounds[other] for key, rounds in by_round[measure].items()
              if key[:3] == case and rounds.get(target) and rounds.get(other)]
    return statistics.median(ratios) if ratios else None

def show(value):
    return f"{value:.2f}" if value else "-"

print(f"{'path':<11}{'conns':>6} {'cookies':<9}{'target':<10}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}"
      f"{'non-2xx':>9}{'CPU us/req':>11}")
cases = sorted({k[:3] for k in runs}, key=lambda k: (["/getcookie", "/setcookie", "/", "/cookies"].index(k[0]), k[1], k[2]))
for case in cases:
    for target in ["lab", "lab-nolog", "baseline", "flask"]:
        key = case + (target,)
        if key in runs:
            errors = sum(r[3] for r in runs[key])
            non2xx = sum(r[4] for r in runs[key])
            cpu = median(key, 5)
            print(f"{case[0]:<11}{case[1]:>6} {case[2]:<9}{target:<10}{median(key, 0):>9.0f}{median(key, 1):>9.2f}"
                  f"{median(key, 2):>9.2f}{errors:>8}{non2xx:>9}{cpu if cpu else '-':>11}")

print()
print(f"{'path':<11}{'conns':>6} {'cookies':<9}{'lab/baseline':>13}{'lab/flask':>11}{'log on/off':>12}{'CPU off/on':>12}")
for case in cases:
    print(f"{case[0]:<11}{case[1]:>6} {case[2]:<9}{show(round_ratio(case, 'lab', 'baseline')):>13}"
          f"{show(round_ratio(case, 'lab', 'flask')):>11}{show(round_ratio(case, 'lab', 'lab-nolog')):>12}"
          f"{show(round_ratio(case, 'lab-nolog', 'lab', 'cpu')):>12}")

print()
checks = []
for cookies, log_target in (("tutorial", 0.95), ("twenty", 0.90)):
    case = ("/getcookie", 16, cookies)
    for value, name, target in ((round_ratio(case, "lab", "baseline"), "lab/baseline", 0.65),
                                (round_ratio(case, "lab", "flask"), "lab/flask", 3.5),
                                (round_ratio(case, "lab-nolog", "lab", "cpu"), "log CPU off/on", log_target)):
        if value is not None:
            checks.append((f"/getcookie 16 conns {cookies}: {name} {value:.2f} >= {target}", value >= target))
    p99 = median(case + ("lab",), 2)
    if p99 is not None:
        checks.append((f"/getcookie 16 conns {cookies}: lab p99 {p99:.2f} ms < 10 ms", p99 < 10))
for name, ok in checks:
    print(("MET    " if ok else "MISSED ") + name)
