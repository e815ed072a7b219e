#!/usr/bin/env python3
"""Summarizes cpu-profile.sh's collapsed stacks: where the server's CPU went, by activity, and the application frames
(inclusive: the share of samples a frame was on the stack for) under one activity.

usage: cpu-profile-summary.py <file.collapsed> [frame-substring to look under, e.g. BookingResource.place] [rows]
"""
import collections
import re
import sys

ACTIVITIES = [  # the first that a stack contains names it
    ("placing bookings (POST /bookings)", "BookingResource.place"),
    ("other requests, from the application's first filter on", "staybook/app/http/RequestBodyLimit.doFilter"),
    ("event delivery (outbox workers)", "outbox/DeliveryWorkers.work"),
    ("gateway calls (outbox remote calls)", "outbox/RemoteCall.make"),
    ("mail sending", "notifications/internal/application/MailLoop.run"),
    ("requests before the application's filters (HTTP, token check) and after", "Default Executor-thread"),
    ("JIT compilers", "CompilerThre"),
    ("VM thread (GC, safepoints)", "[VM Thread"),
]

stacks = []
for line in open(sys.argv[1]):
    frames, count = line.rstrip().rsplit(" ", 1)
    stacks.append((frames.split(";"), int(count)))
total = sum(n for _, n in stacks)

by_activity = collections.Counter()
for frames, n in stacks:
    joined = ";".join(frames)
    by_activity[next((name for name, mark in ACTIVITIES if mark in joined), "other threads")] += n
print(f"{total} samples")
for name, n in by_activity.most_common():
    print(f"{n:7d} {100 * n / total:5.1f} %  {name}")

if len(sys.argv) > 2:
    under = [(f, n) for f, n in stacks if any(sys.argv[2] in x for x in f)]
    chosen = sum(n for _, n in under)
    inclusive = collections.Counter()
    for frames, n in under:
        for frame in {re.sub(r"\$Proxy\$_\$\$_Weld\w+|\$\$super$", "", x) for x in frames if "staybook" in x and "Lambda" not in x}:
            inclusive[frame] += n
    print(f"\nunder {sys.argv[2]}: {chosen} samples; application frames, inclusive")
    for frame, n in inclusive.most_common(int(sys.argv[3]) if len(sys.argv) > 3 else 30):
        print(f"{n:7d} {100 * n / chosen:5.1f} %  {frame}")
