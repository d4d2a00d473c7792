"""Prints the statistics table of a Gatling report (its index.html) as Markdown: per request, the
count, the failures and the percentiles of the response time in ms. Usage: summary.py REPORT_DIR"""
import html
import re
import sys

page = open(sys.argv[1] + "/index.html", encoding="utf-8").read()
print("| request | count | failed | p50 | p75 | p95 | p99 | max | mean |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for row in re.findall(r"<tr[^>]*>(.*?)</tr>", page, re.S):
    values = dict(re.findall(r'class="value \w+ col-(\d+)">([^<]*)<', row))
    if "2" not in values:
        continue
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    cells = [values[c] for c in ("2", "4", "8", "9", "10", "11", "12", "13")]
    print("| " + (html.unescape(name.group(1)) if name else "**all requests**") + " | " + " | ".join(cells) + " |")
