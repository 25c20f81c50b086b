"""Generates regulations/calendar/russia-federal.rgl from the PyPI package `holidays`."""
import datetime as dt
import holidays

DECREES = {
    2020: "Government Decree No. 875 of 10 July 2019",
    2021: "Government Decree No. 1648 of 10 October 2020",
    2022: "Government Decree No. 1564 of 16 September 2021",
    2023: "Government Decree No. 1505 of 29 August 2022",
    2024: "Government Decree No. 1314 of 10 August 2023",
    2025: "Government Decree No. 1335 of 4 October 2024",
    2026: "Government Decree No. 1466 of 24 September 2025",
    2027: "Government Decree No. 1187 of 17 September 2026",
}
MON = ["January","February","March","April","May","June","July","August","September","October","November","December"]
WD = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]

def human(d):
    return f"{d.day} {MON[d.month-1]}"

SHORT = {
    "New Year Holidays": "New Year holidays",
    "Christmas Day": "Christmas",
    "Defender of the Fatherland Day": "Defender of the Fatherland Day",
    "International Women's Day": "Women's Day",
    "Holiday of Spring and Labor": "Spring and Labour Day",
    "Victory Day": "Victory Day",
    "Russia Day": "Russia Day",
    "Unity Day": "Unity Day",
}
HOLIDAY_DATE = {
    "Defender of the Fatherland Day": (2, 23),
    "International Women's Day": (3, 8),
    "Holiday of Spring and Labor": (5, 1),
    "Victory Day": (5, 9),
    "Russia Day": (6, 12),
    "Unity Day": (11, 4),
}
WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

def explain(d, name):
    # Short English names, with where a moved day off comes from.
    if name.startswith("Day off (substituted from "):
        src = dt.datetime.strptime(name[len("Day off (substituted from "):-1], "%m/%d/%Y").date()
        return f"{d.day}: moved from {WD3[src.weekday()]} {human(src)}"
    if name.endswith(" (observed)"):
        base = name[:-len(" (observed)")]
        m, day = HOLIDAY_DATE[base]
        src = dt.date(d.year, m, day)
        return f"{d.day}: {SHORT[base]} fell on {WD3[src.weekday()]} {human(src)}"
    return f"{d.day}: {SHORT[name]}"

years = range(2020, 2028)
h = holidays.country_holidays("RU", years=years, language="en_US")
ww = set(h.weekend_workdays)
out = []
w = out.append
w("# The federal production calendar of the Russian Federation, 2020-2027.")
w("#")
w("# Generated from the PyPI package `holidays` (version %s, country RU: holidays," % holidays.__version__)
w("# observed days and `weekend_workdays`), then commented by hand. The Rust crate")
w("# `holidays-ru` is the independent check: tests/calendar_data.rs compares every")
w("# day of 2020-2027 with it.")
w("")
w("calendar russia_federal")
w('    title "Production calendar of the Russian Federation (federal)"')
w('''    note """
        Sources: Labour Code art. 112 (the holidays: 1-6 and 8 January are the
        New Year holidays, 7 January Christmas, 23 February, 8 March, 1 May,
        9 May, 12 June and 4 November; a holiday falling on a Saturday or Sunday
        moves to the next working day, except the January holidays) and the
        Government decree for each year that moves days off (named in each
        year). The dates were generated from the PyPI package `holidays` and
        are checked day by day against the Rust crate `holidays-ru`. Decree
        numbers are from the project's domain notes; the dates of the 2020-2024
        decrees are as the crate `holidays-ru` cites them.

        Only the weekday days off (`non-working`) and the Saturdays and Sundays
        made working days (`working`) are listed; every other Saturday and
        Sunday is a day off and every other weekday a working day.

        Not included: the days declared non-working by presidential decrees in
        2020-2021 (COVID-19: 30 March - 11 May 2020, 4-7 May 2021, 30 October -
        7 November 2021; also 24 June and 1 July 2020, the Victory parade and the
        constitutional vote). They are not in the production calendar, and by
        the Supreme Court's Review No. 1 of 21 April 2020 (question 5) they do
        not move the end of a term.

        Updating: each year, usually between August and October, the Government
        publishes the decree moving the days off of the next year. Add a `year`
        block with its `decree` line and its dates, then run the tests
        (tests/calendar_data.rs compares the calendar with `holidays-ru`; update
        that crate first when it is behind).
        """''')
for y in years:
    w("")
    w(f"    year {y}")
    w(f'        decree "{DECREES[y]}"')
    if y == 2027:
        w('''        note """
            The decree's number and date are as reported by the crate
            `holidays-ru` and secondary sources; the decree's text has not been
            seen. The days themselves agree between `holidays` and `holidays-ru`.
            """''')
    days = sorted((d, n) for d, n in h.items() if d.year == y and d.weekday() < 5)
    w("        non-working")
    lines = []
    # Group dates by month so a line reads as one stretch of days off.
    by_month = {}
    for d, n in days:
        by_month.setdefault(d.month, []).append((d, n))
    groups = []
    for month, group in by_month.items():
        if month == 1:
            # The New Year holidays on one line, a day moved into January on its own.
            hol = [x for x in group if x[1] in ("New Year Holidays", "Christmas Day")]
            rest = [x for x in group if x not in hol]
            groups.append(hol)
            groups.extend([x] for x in rest)
        else:
            groups.append(group)
    for gi, group in enumerate(groups):
        last_group = gi == len(groups) - 1
        dates = ", ".join(d.isoformat() for d, _ in group) + ("" if last_group else ",")
        indent = " " * 12
        if group[0][1] in ("New Year Holidays", "Christmas Day"):
            # January: the New Year holidays are the same every year, so they
            # get a heading; only a moved day is explained.
            lines.append(indent + "# New Year holidays (1-6 and 8 January) and Christmas (7 January)")
        names = [explain(d, n) for d, n in group if n not in ("New Year Holidays", "Christmas Day")]
        line = indent + dates
        comment = "; ".join(names)
        if not names:
            lines.append(line)
        elif len(group) == 1:
            lines.append(f"{line:<23}  # {comment}")
        elif len(line) + 3 + len(comment) <= 100:
            lines.append(f"{line}  # {comment}")
        else:
            # Too much for one line: one date a line, each with its reason.
            for i, (d, n) in enumerate(group):
                last = last_group and i == len(group) - 1
                one = d.isoformat() + ("" if last else ",")
                reason = "" if n in ("New Year Holidays", "Christmas Day") else f"  # {explain(d, n)}"
                lines.append(f"{indent}{one:<11}{reason}".rstrip())
    out.extend(lines)
    wk = sorted(d for d in ww if d.year == y)
    if wk:
        w("        working " + ", ".join(d.isoformat() for d in wk) + "  # " + ", ".join(f"Sat {human(d)}" if d.weekday() == 5 else f"Sun {human(d)}" for d in wk))
    w("    end")
w("end")
open("/tmp/rg/regulations/calendar/russia-federal.rgl", "w").write("\n".join(out) + "\n")
