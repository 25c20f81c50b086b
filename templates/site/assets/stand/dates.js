/* The information stand's script: the self-check and the deadline
 * calculator (the menu and the large-text switch, which must be set up
 * before the first paint, are assets/nav.js).
 *
 * The self-check answers as the interpreter does (src/interpret/mod.rs and
 * eval.rs): three-valued conditions, where an unanswered question makes an
 * answer "needs more answers", never "no". Deadlines are counted as
 * templates/rust/deadline.rs counts them. tests/site_browser.rs checks both
 * against the Rust code in a real browser. The script reads its data from
 * the page (#stand-data), sends nothing anywhere and stores nothing. Text
 * from the data is only ever set as text.
 *
 * One script, so a kiosk page loads one more file; it is written in parts
 * (templates/site/assets/stand/: dates, conditions, words, self-check,
 * start), joined in that order inside this one function's scope. */
(function () {
  'use strict';

  // ---- Dates: whole days since 1970-01-01 (UTC, so no daylight saving) ----
  var DAY_MS = 86400000;
  function dayOf(iso) {
    var p = iso.split('-');
    var t = new Date(0);
    t.setUTCFullYear(+p[0], +p[1] - 1, +p[2]);
    return Math.round(t.getTime() / DAY_MS);
  }
  function pad(n, width) { return String(n).padStart(width, '0'); }
  function isoOf(day) {
    var t = new Date(day * DAY_MS);
    return pad(t.getUTCFullYear(), 4) + '-' + pad(t.getUTCMonth() + 1, 2) + '-' + pad(t.getUTCDate(), 2);
  }
  function daysInMonth(year, month) {
    var t = new Date(0);
    t.setUTCFullYear(year, month, 0);
    return t.getUTCDate();
  }
  function dmy(iso) { return iso.split('-').reverse().join('.'); }
  var LAST_DAY = dayOf('9999-12-31');
  /** A date the calendar has no year for (or past the last date there is). */
  function Outside(iso) { this.date = iso; }
  function Calendar(data) {
    var self = this;
    self.years = {};
    self.nonWorking = {};
    self.working = {};
    data.years.forEach(function (y) { self.years[y] = true; });
    data.non_working.forEach(function (d) { self.nonWorking[d] = true; });
    data.working.forEach(function (d) { self.working[d] = true; });
  }
  /** Is `day` a working day? Saturdays and Sundays are days off unless
   * listed as working; weekdays are working days unless listed. */
  Calendar.prototype.isWorking = function (day) {
    var iso = isoOf(day);
    if (!this.years[+iso.slice(0, 4)]) { throw new Outside(iso); }
    var weekday = new Date(day * DAY_MS).getUTCDay();
    if (weekday === 0 || weekday === 6) { return this.working[iso] === true; }
    return this.nonWorking[iso] !== true;
  };
  function after(day) { if (day >= LAST_DAY) { throw new Outside('9999-12-31'); } return day + 1; }
  /** The deadline of `amount` `unit`s from acceptance on `accepted`
   * (Civil Code arts. 191-193; working days by Tax Code art. 6.1 by
   * analogy): {ends, steps} or {error: {date}}. */
  function deadline(calendar, accepted, amount, unit) {
    try {
      var from = dayOf(accepted);
      var first;
      if (unit === 'months') {
        var a = accepted.split('-');
        var index = (+a[0]) * 12 + (+a[1] - 1) + amount;
        var year = Math.floor(index / 12);
        var month = index % 12 + 1;
        if (year > 9999) { throw new Outside('9999-12-31'); }
        var length = daysInMonth(year, month);
        var short = +a[2] > length;
        first = {
          kind: 'months', from: accepted,
          to: pad(year, 4) + '-' + pad(month, 2) + '-' + pad(Math.min(+a[2], length), 2),
          rule: short ? 'Civil Code art. 191, 192 p. 3' : 'Civil Code art. 191, 192'
        };
      } else if (unit === 'calendar_days') {
        if (from + amount > LAST_DAY) { throw new Outside('9999-12-31'); }
        first = { kind: 'calendar_days', from: accepted, to: isoOf(from + amount), rule: 'Civil Code art. 191' };
      } else if (unit === 'working_days') {
        var day = from;
        var counted = 0;
        while (counted < amount) {
          day = after(day);
          if (calendar.isWorking(day)) { counted += 1; }
        }
        first = {
          kind: 'working_days', from: accepted, to: isoOf(day),
          rule: 'Civil Code art. 191; Tax Code art. 6.1 by analogy'
        };
      } else {
        return { error: { unit: unit } };
      }
      var last = dayOf(first.to);
      var ends = last;
      while (!calendar.isWorking(ends)) { ends = after(ends); }
      var steps = [first];
      if (ends !== last) {
        steps.push({ kind: 'next_working_day', from: first.to, to: isoOf(ends), rule: 'Civil Code art. 193' });
      }
      return { ends: isoOf(ends), steps: steps };
    } catch (e) {
      if (e instanceof Outside) { return { error: { date: e.date } }; }
      throw e;
    }
  }

