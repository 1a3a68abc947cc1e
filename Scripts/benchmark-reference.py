#!/usr/bin/env python3
"""A yardstick for Scripts/benchmark: the counting each timed icv command needs, done over the same files in plain
Python (standard library only), so icv's times can be read beside what a simple script takes.

Each command reads only what it names below and prints a short summary; none of them checks the rules icv checks.

  status --date D          scheme.json and the visit file of D's financial year: each site's visits in the week (the
                           month for a monthly target) holding D, and its last visit on or before D
  compliance --year Y      scheme.json and the year's visit file: visits per site per ISO week (per month for a
                           monthly target), and how many periods had at least the target's number of visits
  annual --year Y          scheme.json, volunteers.json and the year's visit, request, issue and kennel inspection
                           files: visits per suite, detainee totals, requests and issues by category, open ones,
                           kennel visits, volunteers active at the year end and hours
  check                    every data file: every site, volunteer and visit a record names exists
  visit-log --site S --date D --arrived HH:MM --left HH:MM --visitors V1,V2 [--request CATEGORY]
                           scheme.json, volunteers.json, ids.json and D's year's visit (and request) file; appends
                           the visit (and request) and writes those files back beside-then-rename, flushed, with a
                           line in audit.jsonl; run it on a copy of the folder

Usage: Scripts/benchmark-reference.py COMMAND --data DIR [OPTIONS]
"""
import argparse
import collections
import datetime
import json
import os
import sys


def load(folder, relative, default=None):
    path = os.path.join(folder, relative)
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def year_of(date):
    """The financial year (its first calendar year) holding a date."""
    return date.year if date.month >= 4 else date.year - 1


def stem(year):
    return "%d-%02d" % (year, (year + 1) % 100)


def parse_date(text):
    return datetime.date.fromisoformat(text)


def period_start(site, date):
    """The first day of the week (Monday) or, for a monthly target, the month holding the date."""
    if (site.get("target") or "").endswith("/month"):
        return date.replace(day=1)
    return date - datetime.timedelta(days=date.weekday())


def status(folder, options):
    date = parse_date(options.date)
    scheme = load(folder, "scheme.json")
    visits = load(folder, "visits/%s.json" % stem(year_of(date)), {"visits": []})["visits"]
    this_period = collections.Counter()
    last = {}
    starts = {site["id"]: period_start(site, date) for site in scheme["sites"]}
    for visit in visits:
        day = parse_date(visit["date"])
        if day > date:
            continue
        if day >= starts.get(visit["site"], date):
            this_period[visit["site"]] += 1
        if visit["site"] not in last or day > last[visit["site"]]:
            last[visit["site"]] = day
    needed = sum(1 for site in scheme["sites"] if site.get("target") and this_period[site["id"]] < int(site["target"].split("/")[0]))
    print("status %s: %d sites, %d still need a visit this period, %d visited at all" % (date, len(scheme["sites"]), needed, len(last)))


def compliance(folder, options):
    year = int(options.year.split("/")[0])
    scheme = load(folder, "scheme.json")
    visits = load(folder, "visits/%s.json" % stem(year), {"visits": []})["visits"]
    sites = {site["id"]: site for site in scheme["sites"]}
    counts = collections.defaultdict(collections.Counter)
    for visit in visits:
        site = sites.get(visit["site"])
        if site is not None:
            counts[visit["site"]][period_start(site, parse_date(visit["date"]))] += 1
    met = 0
    due = 0
    for site in scheme["sites"]:
        if not site.get("target"):
            continue
        target = int(site["target"].split("/")[0])
        periods = counts[site["id"]]
        first = datetime.date(year, 4, 1)
        day = period_start(site, first)
        while day <= datetime.date(year + 1, 3, 31):
            if day >= first:
                due += 1
                met += periods[day] >= target
            day = (day + datetime.timedelta(days=32)).replace(day=1) if site["target"].endswith("/month") else day + datetime.timedelta(days=7)
    print("compliance %d/%02d: %d sites, %d of %d periods met" % (year, (year + 1) % 100, len(counts), met, due))


def annual(folder, options):
    year = int(options.year.split("/")[0])
    part = stem(year)
    scheme = load(folder, "scheme.json")
    volunteers = load(folder, "volunteers.json")["volunteers"]
    visits = load(folder, "visits/%s.json" % part, {"visits": []})["visits"]
    requests = load(folder, "requests/%s.json" % part, {"requests": []})["requests"]
    issues = load(folder, "issues/%s.json" % part, {"issues": []})["issues"]
    inspections = load(folder, "kennel-inspections/%s.json" % part, {"kennelInspections": []})["kennelInspections"]
    year_end = "%d-03-31" % (year + 1)
    by_site = collections.Counter({site["id"]: 0 for site in scheme["sites"] if site["kind"] == "custody-suite"})
    totals = collections.Counter()
    minutes = 0
    for visit in visits:
        by_site[visit["site"]] += 1
        for key in ("inCustody", "offered", "spokenTo"):
            totals[key] += visit[key]
        minutes += visit_minutes(visit) * len(visit["visitors"])
    for inspection in inspections:
        minutes += visit_minutes(inspection) * len(inspection["visitors"])
    by_category = collections.Counter(request["category"] for request in requests)
    open_requests = sum(1 for request in requests if request["status"] in ("referred", "outstanding")
                        or (request["status"] == "resolved" and request.get("resolvedOn", "") > year_end))
    issue_categories = collections.Counter(issue["category"] for issue in issues)
    active = 0
    hours = 0.0
    for volunteer in volunteers:
        current = [change["status"] for change in volunteer["statusHistory"] if change["from"] <= year_end]
        active += bool(current) and current[-1] in ("probation", "active")
        hours += sum(activity["hours"] for activity in volunteer.get("activities", [])
                     if "%d-04-01" % year <= activity["date"] <= year_end)
    print("annual %d/%02d: %d visits at %d suites, %d in custody, %d spoken to, %d requests in %d categories (%d open), "
          "%d issues in %d categories, %d kennel visits, %d volunteers active, %.1f hours"
          % (year, (year + 1) % 100, len(visits), len(by_site), totals["inCustody"], totals["spokenTo"], len(requests),
             len(by_category), open_requests, len(issues), len(issue_categories), len(inspections), active,
             minutes / 60 + hours))


def visit_minutes(visit):
    arrived = int(visit["arrived"][:2]) * 60 + int(visit["arrived"][3:])
    left = int(visit["left"][:2]) * 60 + int(visit["left"][3:])
    return (left - arrived) % (24 * 60)


def year_files(folder, kind):
    path = os.path.join(folder, kind)
    return sorted(name for name in os.listdir(path) if name.endswith(".json")) if os.path.isdir(path) else []


def check(folder, options):
    scheme = load(folder, "scheme.json")
    volunteers = {volunteer["id"] for volunteer in load(folder, "volunteers.json")["volunteers"]}
    load(folder, "ids.json")
    sites = {site["id"] for site in scheme["sites"]}
    problems = 0
    visit_ids = set()
    for kind, key in (("visits", "visits"), ("kennel-inspections", "kennelInspections")):
        for name in year_files(folder, kind):
            for visit in load(folder, "%s/%s" % (kind, name))[key]:
                visit_ids.add(visit["id"])
                problems += visit["site"] not in sites
                problems += sum(1 for visitor in visit["visitors"] if visitor not in volunteers)
    for kind in ("requests", "issues"):
        for name in year_files(folder, kind):
            problems += sum(1 for record in load(folder, "%s/%s" % (kind, name))[kind] if record["visit"] not in visit_ids)
    print("check: %d visits, %d problems" % (len(visit_ids), problems))
    return 1 if problems else 0


def write(folder, relative, value):
    """Beside, flushed, then renamed over the file, as icv writes."""
    path = os.path.join(folder, relative)
    temporary = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False, separators=(",", " : ")) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def visit_log(folder, options):
    date = parse_date(options.date)
    part = stem(year_of(date))
    scheme = load(folder, "scheme.json")
    volunteers = {volunteer["id"] for volunteer in load(folder, "volunteers.json")["volunteers"]}
    site = next(site for site in scheme["sites"] if site["id"] == options.site or site["name"] == options.site)
    visitors = options.visitors.split(",")
    if any(visitor not in volunteers for visitor in visitors):
        sys.exit("visit-log: unknown visitor")
    ids = load(folder, "ids.json")
    visits = load(folder, "visits/%s.json" % part, {"schemaVersion": 1, "visits": []})
    number = ids["next"]["CV"]
    ids["next"]["CV"] += 1
    visit = {"id": "CV%d" % number, "site": site["id"], "date": options.date, "arrived": options.arrived,
             "left": options.left, "visitors": visitors, "inCustody": 6, "notAvailable": 1, "offered": 4, "spokenTo": 3,
             "declined": 1}
    visits["visits"].append(visit)
    written = ["CV%d" % number]
    if options.request:
        requests = load(folder, "requests/%s.json" % part, {"schemaVersion": 1, "requests": []})
        written.append("R%d" % ids["next"]["R"])
        requests["requests"].append({"id": written[-1], "visit": visit["id"], "category": options.request,
                                     "status": "resolved-at-visit"})
        ids["next"]["R"] += 1
        write(folder, "requests/%s.json" % part, requests)
    write(folder, "visits/%s.json" % part, visits)
    write(folder, "ids.json", ids)
    with open(os.path.join(folder, "audit.jsonl"), "a", encoding="utf-8") as audit:
        audit.write(json.dumps({"command": "visit log", "ids": written, "time": datetime.datetime.now().isoformat()}) + "\n")
    print("visit-log: logged %s" % visit["id"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["status", "compliance", "annual", "check", "visit-log"])
    parser.add_argument("--data", required=True)
    parser.add_argument("--date")
    parser.add_argument("--year")
    parser.add_argument("--site")
    parser.add_argument("--arrived")
    parser.add_argument("--left")
    parser.add_argument("--visitors")
    parser.add_argument("--request")
    options = parser.parse_args()
    command = {"status": status, "compliance": compliance, "annual": annual, "check": check, "visit-log": visit_log}
    sys.exit(command[options.command](options.data, options) or 0)


if __name__ == "__main__":
    main()
