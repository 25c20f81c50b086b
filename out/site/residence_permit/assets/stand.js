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

  // ---- Three-valued conditions (src/interpret/eval.rs) ----
  function merge(into, from) { from.forEach(function (f) { if (into.indexOf(f) < 0) { into.push(f); } }); }
  var TRUE = { truth: true, needs: [] };
  var FALSE = { truth: false, needs: [] };
  function unknown(needs) { return { truth: null, needs: needs }; }
  // Values of one fact share a type (numbers, or dates as YYYY-MM-DD text).
  var COMPARE = {
    in: function (a, vs) { return vs.indexOf(a) >= 0; },
    not_in: function (a, vs) { return vs.indexOf(a) < 0; },
    at_least: function (a, vs) { return vs.every(function (v) { return a >= v; }); },
    at_most: function (a, vs) { return vs.every(function (v) { return a <= v; }); },
    under: function (a, vs) { return vs.every(function (v) { return a < v; }); },
    over: function (a, vs) { return vs.every(function (v) { return a > v; }); }
  };
  // A date moved by years, months or days, as src/model/condition.rs's
  // Shift::apply moves it: a month without the day ends on its last day
  // (Civil Code art. 192 p. 3). A day no calendar holds is after (or
  // before) every date: '~' sorts after and '' before every YYYY-MM-DD.
  function shifted(iso, shift) {
    if (!shift) { return iso; }
    var p = iso.split('-').map(Number);
    var n = shift.after ? shift.amount : -shift.amount;
    var y, m, d;
    if (shift.unit === 'days') {
      var t = new Date(0);
      t.setUTCFullYear(p[0], p[1] - 1, p[2] + n);
      if (isNaN(t.getTime())) { return shift.after ? '~' : ''; }
      y = t.getUTCFullYear(); m = t.getUTCMonth() + 1; d = t.getUTCDate();
    } else {
      var months = p[0] * 12 + (p[1] - 1) + n * (shift.unit === 'years' ? 12 : 1);
      y = Math.floor(months / 12);
      m = months - y * 12 + 1;
      d = Math.min(p[2], daysInMonth(y, m));
    }
    if (y < 1) { return ''; }
    if (y > 9999) { return '~'; }
    return pad(y, 4) + '-' + pad(m, 2) + '-' + pad(d, 2);
  }
  // `category` (`category is ...`, docs/language.md 4.7) is what
  // `category(ids)` says of the ids listed; without it, not known.
  function evaluate(c, facts, category) {
    var needs, i, r;
    var has = function (f) { return Object.prototype.hasOwnProperty.call(facts, f); };
    switch (c.op) {
      case 'all':
        needs = [];
        for (i = 0; i < c.parts.length; i++) {
          r = evaluate(c.parts[i], facts, category);
          if (r.truth === false) { return FALSE; }
          if (r.truth === null) { merge(needs, r.needs); }
        }
        return needs.length ? unknown(needs) : TRUE;
      case 'any':
        needs = [];
        for (i = 0; i < c.parts.length; i++) {
          r = evaluate(c.parts[i], facts, category);
          if (r.truth === true) { return TRUE; }
          if (r.truth === null) { merge(needs, r.needs); }
        }
        return needs.length ? unknown(needs) : FALSE;
      case 'not':
        r = evaluate(c.inner, facts, category);
        return r.truth === null ? r : (r.truth ? FALSE : TRUE);
      case 'fact':
        if (!has(c.fact)) { return unknown([c.fact]); }
        return facts[c.fact] === true ? TRUE : FALSE;
      case 'compare':
        if (c.fact === 'category') {
          r = category ? category(c.values) : unknown(['category']);
          return c.operator === 'not_in' && r.truth !== null ? (r.truth ? FALSE : TRUE) : r;
        }
        // A date counted from another date or an event ("3 months before
        // application_filed") is known only when that date is given.
        needs = has(c.fact) ? [] : [c.fact];
        var values = [];
        c.values.forEach(function (v) {
          if (v === null || typeof v !== 'object' || typeof v.of !== 'string') { values.push(v); return; }
          if (!has(v.of)) { merge(needs, [v.of]); return; }
          values.push(shifted(facts[v.of], v.shift));
        });
        if (needs.length) { return unknown(needs); }
        return COMPARE[c.operator](facts[c.fact], values) ? TRUE : FALSE;
      default:
        return FALSE;
    }
  }
  function truthOf(condition, facts, absent, category) {
    return condition ? evaluate(condition, facts, category) : absent;
  }

  // ---- Explaining an applicant's facts (src/interpret/mod.rs) ----
  function explain(data, facts, options) {
    // A group's id stands for its categories (docs/language.md 3.10).
    var expand = function (ids) {
      var out = [];
      ids.forEach(function (id) { out = out.concat((data.groups || {})[id] || [id]); });
      return out;
    };
    var accepted = options && options.accepted;
    // As the interpreter (src/interpret/dates.rs): the acceptance date and
    // the acceptance event's date are one date, given either way.
    if (data.acceptance) {
      var own = typeof facts[data.acceptance] === 'string' ? facts[data.acceptance] : null;
      if (own && !accepted) { accepted = own; }
      if (accepted && !own) {
        var copy = {};
        Object.keys(facts).forEach(function (k) { copy[k] = facts[k]; });
        copy[data.acceptance] = accepted;
        facts = copy;
      }
    }
    var calendar = data.calendar ? new Calendar(data.calendar) : null;
    var givenApp = options && options.application ? options.application
      : (typeof facts.application === 'string' ? facts.application : null);
    var status = typeof facts.status === 'string' ? facts.status : null;
    var byId = function (list, id) { return list.filter(function (x) { return x.id === id; })[0]; };
    var singleKind = function (id) {
      var c = byId(data.categories, id);
      return c && c.files.length === 1 ? c.files[0] : null;
    };
    var applying = [];
    var undetermined = [];
    data.categories.forEach(function (cat) {
      if (givenApp !== null && cat.files.indexOf(givenApp) < 0) { return; }
      var grounds = [];
      var groundNeeds = [];
      cat.grounds.forEach(function (g) {
        var r = truthOf(g.applies, facts, TRUE);
        if (r.truth === true) { grounds.push({ id: g.id, clause: g.clause }); }
        if (r.truth === null) { groundNeeds = groundNeeds.concat(r.needs); }
      });
      var groundsTruth = (cat.grounds.length === 0 || grounds.length) ? TRUE
        : (groundNeeds.length ? unknown(groundNeeds) : FALSE);
      var consider = function (id, branch, r) {
        if (r.truth === false || groundsTruth.truth === false) { return; }
        if (r.truth === true && groundsTruth.truth === true) {
          applying.push({ category: cat.id, branch: branch, grounds: grounds.slice() });
          return;
        }
        var needs = r.needs.slice();
        merge(needs, groundsTruth.needs);
        undetermined.push({ id: id, clause: cat.clause === '' ? null : cat.clause, needs: needs });
      };
      if (cat.applies) { consider(cat.id, null, evaluate(cat.applies, facts)); }
      cat.branches.forEach(function (b) { consider(b.id, b.id, truthOf(b.applies, facts, FALSE)); });
    });
    var application = givenApp;
    if (application === null) {
      var kinds = [];
      applying.forEach(function (a) {
        var k = singleKind(a.category);
        // Only neighbours that repeat are dropped, as Vec::dedup does.
        if (k !== null && kinds[kinds.length - 1] !== k) { kinds.push(k); }
      });
      application = kinds.length === 1 ? kinds[0] : null;
    }
    var filersOf = function (kind) {
      var out = [];
      data.categories.forEach(function (c) {
        if (c.files.indexOf(kind) < 0) { return; }
        if (c.applies || c.branches.length === 0) { out.push({ category: c.id, branch: null }); }
        c.branches.forEach(function (b) { out.push({ category: c.id, branch: b.id }); });
      });
      return out;
    };
    // Counts `amount unit` from the event `from` (none, or the acceptance:
    // the date the visitor gives) as src/interpret/dates.rs `count` does:
    // its deadline, why it cannot be counted, or the event it waits for.
    var countFrom = function (from, amount, unit) {
      var fromAcceptance = from === null || from === data.acceptance;
      var start = fromAcceptance ? accepted
        : (typeof facts[from] === 'string' ? facts[from] : null);
      if (!start) { return { needs_date: fromAcceptance ? (data.acceptance || 'accepted') : from }; }
      if (!calendar) { return { deadline_error: { calendar: true } }; }
      var d = deadline(calendar, start, amount, unit);
      return d.error ? { deadline_error: d.error } : { deadline: d };
    };
    var termFor = function (app, filer) {
      var terms = data.terms.filter(function (t) {
        if (t.applications.indexOf(app) < 0) { return false; }
        if (t.categories !== null) {
          if (filer.category === null) { return false; }
          if (t.categories.indexOf(filer.category) < 0
            && (filer.branch === null || t.categories.indexOf(filer.branch) < 0)) { return false; }
        }
        return t.statuses === null || status === null || t.statuses.indexOf(status) >= 0;
      });
      if (terms.length === 0) { return { term: null, needs: [] }; }
      if (terms.length > 1) { return { term: null, needs: ['status'] }; }
      var t = terms[0];
      var answer = { id: t.id, clause: t.clause, amount: null, unit: null, from: null, not_stated: true };
      if (!t.not_stated) {
        answer.amount = t.amount;
        answer.unit = t.unit;
        answer.from = t.from;
        answer.not_stated = false;
        var counted = countFrom(t.from, t.amount, t.unit);
        if (counted.deadline) { answer.deadline = counted.deadline; }
        if (counted.deadline_error) { answer.deadline_error = counted.deadline_error; }
        // The answer page has its own field for the acceptance date; the
        // date of another event is a question of its own.
        if (counted.needs_date && t.from !== null && t.from !== data.acceptance) {
          answer.needs_date = counted.needs_date;
        }
      }
      // The event's date is then worth a question of its own.
      return { term: answer, needs: answer.needs_date ? [answer.needs_date] : [] };
    };
    var representativeFor = function (a) {
      var needs = [];
      for (var i = 0; i < data.representatives.length; i++) {
        var r = data.representatives[i];
        var listed = r.categories.some(function (c) { return c === a.category || c === a.branch; });
        if (!listed) { continue; }
        var t = truthOf(r.applies, facts, TRUE, function (ids) {
          return expand(ids).some(function (c) { return c === a.category || c === a.branch; }) ? TRUE : FALSE;
        });
        if (t.truth === true) { return { required: true, clause: r.clause, needs: [] }; }
        if (t.truth === null) { merge(needs, t.needs); }
      }
      return { required: false, clause: null, needs: needs };
    };
    var categories = applying.map(function (a) {
      var app = givenApp !== null ? givenApp : singleKind(a.category);
      var term = app !== null ? termFor(app, a) : { term: null, needs: ['application'] };
      var rep = representativeFor(a);
      var cat = byId(data.categories, a.category);
      return {
        id: a.branch !== null ? a.branch : a.category,
        category: a.category,
        branch: a.branch,
        clause: cat.clause,
        grounds: a.grounds,
        application: app,
        term: term.term,
        term_needs: term.needs,
        representative: rep.required,
        representative_clause: rep.clause,
        representative_needs: rep.needs
      };
    });
    var docFacts = Object.assign({}, facts);
    if (application !== null) { docFacts.application = application; }
    var amount = function (amounts) {
      for (var i = 0; i < amounts.length; i++) {
        var listed = amounts[i].categories ? ofCategory(amounts[i].categories) : TRUE;
        var r = both(listed, truthOf(amounts[i].when, docFacts, TRUE, byCategory));
        if (r.truth === true) { return { n: amounts[i].amount, needs: [] }; }
        if (r.truth === null) { return { n: null, needs: r.needs }; }
      }
      return { n: 1, needs: [] };
    };
    var filerOf = function (id) {
      var filer = null;
      data.categories.forEach(function (c) {
        if (c.id === id) { filer = { category: c.id, branch: null }; }
        c.branches.forEach(function (b) { if (b.id === id) { filer = { category: c.id, branch: b.id }; } });
      });
      return filer;
    };
    // `for category` (src/interpret/for_category.rs): is the category the
    // applicant applies under one the document is required of?
    var ofCategory = function (listed) {
      var isListed = function (f) {
        return listed.indexOf(f.category) >= 0 || (f.branch !== null && listed.indexOf(f.branch) >= 0);
      };
      var possible = applying.map(isListed);
      var needs = [];
      undetermined.forEach(function (u) {
        var filer = filerOf(u.id);
        if (filer === null) { return; }
        possible.push(isListed(filer));
        merge(needs, u.needs);
      });
      var any = possible.some(function (l) { return l; });
      var all = possible.every(function (l) { return l; });
      if (!any) { return FALSE; }
      if (all && applying.length) { return TRUE; }
      if (!all && possible.length > 1) { merge(needs, ['category']); }
      return unknown(needs);
    };
    // `category is a, b` in a condition: as a `for category` line, a
    // group's id read as its categories (src/interpret/for_category.rs).
    var byCategory = function (ids) { return ofCategory(expand(ids)); };
    var both = function (a, b) {
      if (a.truth === false || b.truth === false) { return FALSE; }
      if (a.truth === true && b.truth === true) { return TRUE; }
      var needs = a.needs.slice();
      merge(needs, b.needs);
      return unknown(needs);
    };
    var documents = [];
    var undeterminedDocuments = [];
    data.documents.forEach(function (d) {
      var r = both(d.categories ? ofCategory(d.categories) : TRUE, truthOf(d.required, docFacts, TRUE, byCategory));
      if (r.truth === true) {
        var copies = amount(d.copies);
        var count = amount(d.count);
        var needs = copies.needs.slice();
        merge(needs, count.needs);
        var doc = { id: d.id, clause: d.clause, copies: copies.n, count: count.n, needs: needs, form: d.form };
        // As src/interpret/dates.rs::validity: false flags the document,
        // null cannot tell while a date is not given.
        if (d.valid) {
          var v = evaluate(d.valid.condition, docFacts);
          doc.validity = { words: d.valid.words, holds: v.truth, needs: v.truth === null ? v.needs : [] };
        }
        documents.push(doc);
      } else if (r.truth === null) {
        undeterminedDocuments.push({ id: d.id, clause: d.clause, needs: r.needs });
      }
    });
    var representative = categories.some(function (c) { return c.representative; });
    var representativeNeeds = [];
    if (!representative) {
      categories.forEach(function (c) { merge(representativeNeeds, c.representative_needs); });
      // A category not decided yet may be one a legal representative files
      // for: until it is decided, "no representative" is not known.
      undetermined.forEach(function (u) {
        var filer = null;
        data.categories.forEach(function (c) {
          if (c.id === u.id) { filer = { category: c.id, branch: null }; }
          c.branches.forEach(function (b) { if (b.id === u.id) { filer = { category: c.id, branch: b.id }; } });
        });
        if (filer === null) { return; }
        var rep = representativeFor(filer);
        if (rep.required || rep.needs.length) {
          merge(representativeNeeds, u.needs);
          merge(representativeNeeds, rep.needs);
        }
      });
    }
    var applicationTerm = null;
    var applicationTermNeeds = [];
    if (application !== null && filersOf(application).length === 0) {
      var own = termFor(application, { category: null, branch: null });
      applicationTerm = own.term;
      applicationTermNeeds = own.needs;
    }
    // Every limit, whoever applies: limits decide nothing, they are stated.
    var limits = (data.limits || []).map(function (l) {
      var answer = { id: l.id, clause: l.clause, amount: l.amount, unit: l.unit, from: l.from, on_calendar: l.on_calendar };
      if (!l.on_calendar) { return answer; }
      var counted = countFrom(l.from, l.amount, l.unit);
      Object.keys(counted).forEach(function (k) { answer[k] = counted[k]; });
      return answer;
    });
    return {
      application: application,
      status: status,
      categories: categories,
      limits: limits,
      application_term: applicationTerm,
      application_term_needs: applicationTermNeeds,
      undetermined: undetermined,
      documents: documents,
      undetermined_documents: undeterminedDocuments,
      representative: representative,
      representative_needs: representativeNeeds
    };
  }

  // ---- Words ----
  var lang = document.documentElement.lang || 'en';
  var labels = {};
  function label(key, values) {
    var text = Object.prototype.hasOwnProperty.call(labels, key) ? labels[key] : key;
    Object.keys(values || {}).forEach(function (name) {
      text = text.split('{' + name + '}').join(values[name]);
    });
    return text;
  }
  function plural(n) {
    if (lang !== 'ru') { return n === 1 ? 'one' : 'many'; }
    var ten = n % 10;
    var hundred = n % 100;
    if (ten === 1 && hundred !== 11) { return 'one'; }
    if (ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14)) { return 'few'; }
    return 'many';
  }
  function duration(amount, unit) { return amount + ' ' + label('unit_' + unit + '_' + plural(amount)); }
  var RULES = {
    'Civil Code art. 191, 192': 'rule_civil_191_192',
    'Civil Code art. 191, 192 p. 3': 'rule_civil_191_192_3',
    'Civil Code art. 191; Tax Code art. 6.1 by analogy': 'rule_civil_191_tax_6_1',
    'Civil Code art. 191': 'rule_civil_191',
    'Civil Code art. 193': 'rule_civil_193'
  };
  function stepWords(step, amount, unit) {
    var key = step.kind === 'next_working_day' ? 'step_next_working_day'
      : (step.rule === 'Civil Code art. 191, 192 p. 3' ? 'step_months_short' : 'step_' + step.kind);
    return label(key, { n: duration(amount, unit), from: dmy(step.from), to: dmy(step.to) })
      + ' (' + label(RULES[step.rule] || step.rule) + ')';
  }
  function todayIso() {
    var now = new Date(); // the visitor's own calendar day
    return pad(now.getFullYear(), 4) + '-' + pad(now.getMonth() + 1, 2) + '-' + pad(now.getDate(), 2);
  }

  // ---- Building the page's answer (text only, never markup from data) ----
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) { return; }
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }
  function summary(kind, id) {
    var tpl = document.getElementById('summary-' + kind + '-' + id);
    return tpl ? tpl.content.cloneNode(true) : el('p', {}, [id]);
  }
  function clauseLink(id, clause) {
    return clause ? el('a', { 'class': 'clause-ref', href: 'regulation.html#' + id }, [label('clause', { n: clause })]) : null;
  }
  // The language of the regulation's text on this page (set by the self-check).
  var regLang = '';
  // The visitor answers for someone they represent (set by the flow).
  var asRepresentative = false;
  function questionLinks(data, needs) {
    var list = el('ul', { 'class': 'needs' });
    needs.forEach(function (fact) {
      // The acceptance event's date is the acceptance date the result
      // page asks for, not a question of its own.
      if (fact === data.acceptance) {
        list.appendChild(el('li', {}, [el('a', { href: '#accepted-on' }, [label('flow_accepted')])]));
        return;
      }
      var known = data.facts.filter(function (f) { return f.id === fact; })[0] || {};
      if (known.event) {
        // An event's date is asked in the event's own words.
        list.appendChild(el('li', {}, [el('a', { href: '#q-' + fact }, [label('check_event_date') + ' ', eventWords(data, fact)])]));
        return;
      }
      // Asked as the one answering reads it: of a representative, in the
      // fact's wording for one when it has one.
      var forOther = asRepresentative && known.for_representative;
      var text = fact === 'status' ? label('js_question_status')
        : fact === 'application' ? label('js_question_application')
          : fact === 'category' ? label('js_question_category')
            : ((forOther ? known.for_representative : known.question) || fact);
      // The category is chosen among those that apply, not asked.
      if (fact === 'category') { list.appendChild(el('li', {}, [text])); return; }
      // A fact's question is the regulation's text, in the regulation's
      // language, unless the source translated it into the page's.
      var attrs = { href: '#q-' + fact };
      var translated = forOther ? known.for_representative_translated : known.translated;
      if (fact !== 'status' && fact !== 'application' && regLang && !translated) { attrs.lang = regLang; }
      list.appendChild(el('li', {}, [el('a', attrs, [text])]));
    });
    return list;
  }
  function termWords(term) { return duration(term.amount, term.unit); }
  /** An event's title, in the regulation's language unless translated. */
  function eventWords(data, id) {
    var known = data.facts.filter(function (f) { return f.id === id && f.event; })[0];
    if (!known) { return id; }
    return regLang && !known.translated ? el('span', { lang: regLang }, [known.question]) : known.question;
  }
  /** Whether a term runs from an event other than the acceptance. */
  function fromOther(data, term) { return !!term.from && term.from !== data.acceptance; }
  /** About how many days a term lasts, only to tell which of two is shorter. */
  function roughDays(term) {
    if (!term || term.not_stated) { return null; }
    return term.amount * ({ months: 30.4, working_days: 1.4, calendar_days: 1 }[term.unit] || 1);
  }
  function termParagraph(data, term, needs, accepted) {
    var p = el('p', { 'class': 'term', 'data-term': term ? term.id : '' }, [el('span', { 'class': 'label' }, [label('js_term')]), ' ']);
    if (!term) {
      p.appendChild(document.createTextNode(label('js_term_needs') + ' '));
      p.appendChild(questionLinks(data, needs));
      return [p];
    }
    if (term.not_stated) {
      p.appendChild(document.createTextNode(label('js_term_not_stated')));
      return [p];
    }
    p.appendChild(el('span', { 'class': 'term-words' }, [termWords(term)]));
    // The result page asks the acceptance date, so a term from the
    // acceptance needs no words; one from another event says which.
    if (fromOther(data, term)) {
      p.appendChild(el('span', { 'class': 'term-from', 'data-from': term.from }, [', ' + label('js_counted_from') + ' ', eventWords(data, term.from)]));
    }
    var link = clauseLink(term.id, term.clause);
    if (link) { p.appendChild(document.createTextNode(' (')); p.appendChild(link); p.appendChild(document.createTextNode(')')); }
    return [p].concat(deadlineLines(data, term, accepted,
      { on: 'js_deadline_on', from: 'js_deadline_from', none: 'js_no_deadline' }));
  }
  /** The last day of a term or limit and how it was counted, why it cannot
   * be counted, or the question whose date it waits for (the acceptance
   * date has its own field on the answer). `words` names the sentences. */
  function deadlineLines(data, x, accepted, words) {
    var out = [];
    if (x.deadline) {
      out.push(el('p', { 'class': 'deadline', 'data-ends': x.deadline.ends }, [fromOther(data, x)
        ? label(words.from, { start: dmy(x.deadline.steps[0].from), ends: dmy(x.deadline.ends) })
        : label(words.on, { accepted: dmy(accepted), ends: dmy(x.deadline.ends) })]));
      var steps = el('ul', { 'class': 'steps' });
      x.deadline.steps.forEach(function (s) { steps.appendChild(el('li', {}, [stepWords(s, x.amount, x.unit)])); });
      out.push(el('details', { 'class': 'how-counted' }, [el('summary', {}, [label('counting_heading')]), steps]));
    } else if (x.deadline_error) {
      out.push(el('p', { 'class': 'deadline' }, [x.deadline_error.date
        ? label('js_deadline_error', { year: x.deadline_error.date.slice(0, 4) }) : label(words.none)]));
    } else if (x.needs_date && fromOther(data, x)) {
      out.push(el('p', { 'class': 'deadline', 'data-needs-date': x.needs_date }, [label('js_deadline_needs') + ' ']));
      out.push(questionLinks(data, [x.needs_date]));
    }
    return out;
  }
  /** A time limit on the answer: its clause, how long, from what, and its
   * last day once the date it runs from is given. */
  function limitItem(data, l, accepted) {
    var p = el('p', { 'class': 'limit-line' }, [el('span', { 'class': 'label' }, [label('time_limit')]), ' ',
      el('span', { 'class': 'term-words' }, [duration(l.amount, l.unit)])]);
    if (fromOther(data, l)) {
      p.appendChild(el('span', { 'class': 'term-from', 'data-from': l.from }, [', ' + label('js_counted_from') + ' ', eventWords(data, l.from)]));
    }
    var item = el('li', { 'data-limit': l.id }, [summary('limit', l.id), p]);
    if (!l.on_calendar) {
      item.appendChild(el('p', { 'class': 'hint' }, [label('limit_stated')]));
    }
    deadlineLines(data, l, accepted, { on: 'js_limit_deadline_on', from: 'js_limit_deadline_from', none: 'js_limit_no_deadline' })
      .forEach(function (n) { item.appendChild(n); });
    return item;
  }
  /** The term a category or branch not decided yet would have, as the
   * interpreter picks it for one that applies (one term, or none). */
  function possibleTerm(data, ex, id) {
    var filer = null;
    data.categories.forEach(function (c) {
      if (c.id === id) { filer = { category: c.id, branch: null, files: c.files }; }
      c.branches.forEach(function (b) { if (b.id === id) { filer = { category: c.id, branch: b.id, files: c.files }; } });
    });
    if (!filer) { return null; }
    var app = ex.application !== null ? ex.application : (filer.files.length === 1 ? filer.files[0] : null);
    if (app === null) { return null; }
    var terms = data.terms.filter(function (t) {
      if (t.applications.indexOf(app) < 0) { return false; }
      if (t.categories !== null && t.categories.indexOf(filer.category) < 0
        && (filer.branch === null || t.categories.indexOf(filer.branch) < 0)) { return false; }
      return t.statuses === null || ex.status === null || t.statuses.indexOf(ex.status) >= 0;
    });
    return terms.length === 1 && !terms[0].not_stated ? terms[0] : null;
  }
  function documentLine(data, d) {
    var doc = data.documents.filter(function (x) { return x.id === d.id; })[0] || {};
    var name = doc.name || d.id;
    var counted = doc.count && doc.count.length;
    var text = counted && d.count !== null ? label('js_count_line', { n: String(d.count), name: name }) : name;
    if (doc.size) { text += ', ' + doc.size; }
    if (d.copies !== null && doc.copies && doc.copies.length) {
      var key = 'js_copies_' + plural(d.copies);
      text += ', ' + label(Object.prototype.hasOwnProperty.call(labels, key) ? key : 'js_copies_many', { n: String(d.copies) });
    }
    var line = el('p', { 'class': 'amounts', 'data-copies': String(d.copies), 'data-count': String(d.count) });
    line.appendChild(regLang && !doc.translated ? el('span', { lang: regLang }, [text]) : document.createTextNode(text));
    var form = doc.form ? data.forms.filter(function (f) { return f.id === doc.form; })[0] : null;
    var out = [line];
    if (d.validity) {
      // The words say "Valid only if ...": no label before them.
      out.push(el('p', { 'class': 'validity' }, [regLang ? el('span', { lang: regLang }, [d.validity.words]) : d.validity.words]));
      // Only a date the visitor gave is judged; one not given is neither
      // valid nor invalid.
      if (d.validity.holds === false) {
        out.push(el('p', { 'class': 'notice validity-outside', 'data-outside': d.id }, [label('js_valid_outside')]));
      }
    }
    if (form && (form.blank || form.samples.length)) {
      // Each link says which form it is, for a screen reader's list of links.
      var which = function () {
        return el('span', { 'class': 'visually-hidden' }, [': ', regLang && !form.translated ? el('span', { lang: regLang }, [form.title]) : form.title]);
      };
      var links = el('p', { 'class': 'form-links' });
      if (form.blank) { links.appendChild(el('a', { href: form.blank, 'data-form-blank': form.id }, [label('js_blank_form'), which()])); }
      form.samples.forEach(function (href) {
        if (links.childNodes.length) { links.appendChild(document.createTextNode(' · ')); }
        links.appendChild(el('a', { href: href, 'data-form-sample': form.id }, [label('js_sample_form'), which()]));
      });
      out.push(links);
    }
    return out;
  }
  function render(data, ex, accepted, target) {
    var out = el('div', {});
    var ids = function (list) { return list.map(function (x) { return x.id; }).join(' '); };
    out.setAttribute('data-categories', ids(ex.categories));
    out.setAttribute('data-undetermined', ids(ex.undetermined));
    out.setAttribute('data-documents', ids(ex.documents));
    out.appendChild(el('p', { 'class': 'summary-line' }, [label('js_summary', { applies: String(ex.categories.length), open: String(ex.undetermined.length) })]));
    var shortest = null;
    if (ex.categories.length) {
      out.appendChild(el('h3', {}, [label('js_applies')]));
      if (ex.categories.length > 1) { out.appendChild(el('p', {}, [label('js_applies_choose')])); }
      var list = el('ul', { 'class': 'answers' });
      ex.categories.forEach(function (c) {
        var item = el('li', { 'data-category': c.id }, [summary(c.branch ? 'branch' : 'category', c.id)]);
        if (c.grounds.length) {
          var cat = data.categories.filter(function (x) { return x.id === c.category; })[0];
          var g = el('p', { 'class': 'grounds-line' }, [label('js_grounds') + ' ']);
          c.grounds.forEach(function (x, i) {
            if (i) { g.appendChild(document.createTextNode('; ')); }
            var ground = cat.grounds.filter(function (y) { return y.id === x.id; })[0];
            g.appendChild(regLang && !ground.translated ? el('span', { lang: regLang }, [ground.name]) : document.createTextNode(ground.name));
            var link = clauseLink(x.id, x.clause);
            if (link) { g.appendChild(document.createTextNode(' (')); g.appendChild(link); g.appendChild(document.createTextNode(')')); }
          });
          item.appendChild(g);
        }
        termParagraph(data, c.term, c.term_needs, accepted).forEach(function (n) { item.appendChild(n); });
        var days = roughDays(c.term);
        if (days !== null && (shortest === null || days < shortest)) { shortest = days; }
        if (c.representative) {
          var r = data.representatives.filter(function (x) { return x.clause === c.representative_clause; })[0];
          item.appendChild(el('p', { 'class': 'representative' }, [label('js_representative_yes') + ' ', r ? clauseLink(r.id, r.clause) : null]));
        }
        list.appendChild(item);
      });
      out.appendChild(list);
    } else if (!ex.undetermined.length && !ex.application_term && !ex.application_term_needs.length) {
      out.appendChild(el('p', { 'data-none': '' }, [label('js_none_apply')]));
    }
    if (ex.application_term || ex.application_term_needs.length) {
      var at = el('div', { 'class': 'application-term' }, [el('p', {}, [label('js_application_term')])]);
      termParagraph(data, ex.application_term, ex.application_term_needs, accepted).forEach(function (n) { at.appendChild(n); });
      out.appendChild(at);
    }
    out.appendChild(el('h3', {}, [label('js_who_files')]));
    var rep = ex.representative ? 'yes' : (ex.representative_needs.length ? 'unknown' : 'no');
    out.appendChild(el('p', { 'data-representative': rep }, [label('js_representative_' + rep)]));
    if (rep === 'unknown') { out.appendChild(questionLinks(data, ex.representative_needs)); }
    out.appendChild(el('h3', {}, [label('js_documents')]));
    if (ex.documents.length) {
      var docs = el('ul', { 'class': 'answers checklist' });
      ex.documents.forEach(function (d) {
        var item = el('li', { 'data-document': d.id });
        documentLine(data, d).forEach(function (n) { item.appendChild(n); });
        if (d.needs.length) { item.appendChild(el('p', {}, [label('js_amount_needs')])); item.appendChild(questionLinks(data, d.needs)); }
        docs.appendChild(item);
      });
      out.appendChild(docs);
    } else {
      out.appendChild(el('p', {}, [label('js_no_documents')]));
    }
    if (ex.undetermined_documents.length) {
      out.appendChild(el('p', {}, [label('js_documents_depend')]));
      var maybe = el('ul', { 'class': 'answers' });
      ex.undetermined_documents.forEach(function (d) {
        var doc = data.documents.filter(function (x) { return x.id === d.id; })[0] || {};
        maybe.appendChild(el('li', { 'data-document-depends': d.id }, [
          el('p', {}, [regLang && !doc.translated ? el('span', { lang: regLang }, [doc.name || d.id]) : (doc.name || d.id)]),
          questionLinks(data, d.needs)]));
      });
      out.appendChild(maybe);
    }
    if (ex.undetermined.length) {
      var others = el('div', { 'class': 'others' });
      others.appendChild(el('p', {}, [label('js_others_lead')]));
      var open = el('ul', { 'class': 'answers' });
      var shorter = 0;
      ex.undetermined.forEach(function (u) {
        var isBranch = !!document.getElementById('summary-branch-' + u.id);
        var item = el('li', { 'data-undetermined': u.id }, [summary(isBranch ? 'branch' : 'category', u.id),
          el('p', {}, [label('js_others_settle')]), questionLinks(data, u.needs)]);
        var t = possibleTerm(data, ex, u.id);
        if (t) {
          var words = termWords(t) + (t.clause ? ' (' + label('clause', { n: t.clause }) + ')' : '');
          var days = roughDays(t);
          var key = shortest === null ? 'js_others_term' : (days < shortest ? 'js_others_shorter' : 'js_others_not_shorter');
          if (shortest !== null && days < shortest) { shorter += 1; }
          item.appendChild(el('p', { 'class': 'other-term', 'data-shorter': String(shortest !== null && days < shortest) }, [label(key, { term: words })]));
        }
        open.appendChild(item);
      });
      others.appendChild(open);
      if (ex.categories.length) {
        // Something applies already: the others that might are folded away,
        // the fold saying how many have a shorter term.
        out.appendChild(el('details', { 'class': 'more' }, [el('summary', {}, [
          label('js_needs_more_others', { n: String(ex.undetermined.length) })
          + (shorter ? ' ' + label('js_others_shorter_count', { n: String(shorter) }) : '')]), others]));
      } else {
        out.appendChild(el('h3', {}, [label('js_needs_more')]));
        out.appendChild(others);
      }
    }
    if (ex.limits && ex.limits.length) {
      out.appendChild(el('h3', {}, [label('limits_heading')]));
      var limits = el('ul', { 'class': 'answers limits' });
      ex.limits.forEach(function (l) { limits.appendChild(limitItem(data, l, accepted)); });
      out.appendChild(limits);
    }
    target.replaceChildren(out);
  }

  // ---- The self-check: one form; with the script, a guided flow ----
  /** `DD.MM.YYYY` (the only way the stand writes a date) to `YYYY-MM-DD`,
   * or null when it is no date. */
  function parseDmy(text) {
    var m = /^\s*([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})\s*$/.exec(text || '');
    if (!m) { return null; }
    var d = +m[1];
    var mo = +m[2];
    var y = +m[3];
    if (mo < 1 || mo > 12 || d < 1 || y < 1 || d > daysInMonth(y, mo)) { return null; }
    return pad(y, 4) + '-' + pad(mo, 2) + '-' + pad(d, 2);
  }
  function readFacts(form, data) {
    var facts = {};
    var radio = function (name) {
      var checked = form.querySelector('input[name="' + name + '"]:checked');
      return checked ? checked.value : '';
    };
    ['status', 'application'].forEach(function (name) {
      var v = radio(name);
      if (v) { facts[name] = v; }
    });
    data.facts.forEach(function (f) {
      var v;
      if (f.type === 'yes_no') {
        v = radio(f.id);
        if (v) { facts[f.id] = v === 'yes'; }
        return;
      }
      var input = form.elements.namedItem(f.id);
      v = input ? String(input.value).trim() : '';
      if (!v) { return; }
      if (f.type === 'number') {
        if (/^[0-9]{1,10}$/.test(v) && +v <= 4294967295) { facts[f.id] = +v; }
      } else if (f.type === 'date') {
        var iso = parseDmy(v);
        if (iso) { facts[f.id] = iso; }
      } else {
        facts[f.id] = v;
      }
    });
    return facts;
  }
  function neededFacts(ex) {
    var needs = [];
    ex.undetermined.forEach(function (u) { merge(needs, u.needs); });
    ex.undetermined_documents.forEach(function (u) { merge(needs, u.needs); });
    // A document's validity window asks its dates, to flag a stale one.
    ex.documents.forEach(function (d) { merge(needs, d.needs); if (d.validity) { merge(needs, d.validity.needs); } });
    ex.categories.forEach(function (c) { merge(needs, c.term_needs); merge(needs, c.representative_needs); });
    merge(needs, ex.representative_needs);
    merge(needs, ex.application_term_needs);
    return needs;
  }
  /** The facts still worth a screen of their own: while no category
   * applies, any that would settle one; once one does, only what its term,
   * documents and representative depend on. The categories still open
   * are listed on the answer, with the question that would settle each and
   * whether its term is shorter. */
  function worthAsking(data, ex) {
    if (!ex.categories.length) { return neededFacts(ex); }
    var needs = [];
    ex.undetermined_documents.forEach(function (u) { merge(needs, u.needs); });
    // A document's validity window asks its dates, to flag a stale one.
    ex.documents.forEach(function (d) { merge(needs, d.needs); if (d.validity) { merge(needs, d.validity.needs); } });
    ex.categories.forEach(function (c) {
      merge(needs, c.term_needs);
      merge(needs, c.representative_needs);
    });
    merge(needs, ex.application_term_needs);
    return needs;
  }
  // Asked first, in this order: they narrow fastest.
  var PREFIX = ['status', 'application', 'for'];
  function startSelfCheck(form, data) {
    var results = document.querySelector('[data-results]');
    var statusLine = document.querySelector('[data-results-status]');
    var section = document.getElementById('results-section');
    var intro = document.querySelector('[data-check-intro]');
    var progress = form.querySelector('[data-progress]');
    var acceptedInput = document.querySelector('[data-accepted]');
    var acceptedError = document.querySelector('[data-accepted-error]');
    var given = document.querySelector('[data-answers-given]');
    var has = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };
    var question = function (step) { return form.querySelector('.question[data-fact="' + step + '"]'); };
    regLang = results.getAttribute('data-reg-lang') || '';
    var accepted = todayIso();
    var current = { step: 'status', trail: ['status'] };

    var explainNow = function () {
      return explain(data, readFacts(form, data), { accepted: accepted });
    };
    // The questions that can still change the answer and are not yet
    // answered, age first (it decides who files), then as declared.
    var open = function (ex, facts, trail) {
      var needed = worthAsking(data, ex);
      var order = ['age'];
      data.facts.forEach(function (f) { if (f.id !== 'age') { order.push(f.id); } });
      return order.filter(function (id) {
        return needed.indexOf(id) >= 0 && !has(facts, id) && trail.indexOf(id) < 0 && question(id);
      });
    };
    var nextAfter = function (step, trail) {
      var i = PREFIX.indexOf(step);
      if (i >= 0 && i < PREFIX.length - 1) { return PREFIX[i + 1]; }
      var rest = open(explainNow(), readFacts(form, data), trail);
      return rest.length ? rest[0] : 'result';
    };
    var forOther = function () {
      var c = form.querySelector('input[name="for"]:checked');
      return !!c && c.value === 'other';
    };
    var answersGiven = function () {
      var facts = readFacts(form, data);
      var dl = el('dl', {});
      current.trail.forEach(function (step) {
        var q = question(step);
        if (!q || step === 'result') { return; }
        var words = q.querySelector('legend, label');
        var dt = el('dt', {}, []);
        dt.appendChild(words.cloneNode(true));
        dt.querySelectorAll('[hidden], .about-other').forEach(function (n) { n.remove(); });
        // The answer as the question offered it, keeping the language of
        // the regulation's words (an option's title, a unit).
        var value = [];
        var checked = q.querySelector('input[type="radio"]:checked');
        if (checked && checked.value) {
          var offered = checked.parentNode.cloneNode(true);
          offered.querySelector('input').remove();
          value = [].slice.call(offered.childNodes);
          if (value.length && value[0].nodeType === 3) { value[0].textContent = value[0].textContent.replace(/^\s+/, ''); }
        }
        var select = q.querySelector('select');
        if (select && select.value) {
          var option = select.options[select.selectedIndex];
          value = [option.lang ? el('span', { lang: option.lang }, [option.textContent]) : option.textContent];
        }
        var input = q.querySelector('input:not([type="radio"])');
        if (input && has(facts, step)) {
          var unit = q.querySelector('.number-input > span');
          value = unit ? [input.value + ' ', unit.cloneNode(true)] : [input.value];
        }
        dl.appendChild(dt);
        dl.appendChild(el('dd', {}, value.length ? value : [label('flow_not_answered')]));
      });
      given.replaceChildren(el('h3', {}, [label('flow_your_answers')]), dl);
    };
    var update = function () {
      var ex = explainNow();
      render(data, ex, accepted, results);
      var said = label('js_summary', { applies: String(ex.categories.length), open: String(ex.undetermined.length) });
      if (statusLine && statusLine.textContent !== said) { statusLine.textContent = said; }
      return ex;
    };
    var show = function (state, focus) {
      current = state;
      var step = state.step;
      var atResult = step === 'result';
      form.querySelectorAll('.question').forEach(function (q) { q.hidden = q.getAttribute('data-fact') !== step; });
      form.hidden = atResult;
      intro.hidden = atResult || state.trail.length > 1;
      section.hidden = !atResult;
      form.querySelector('[data-flow-back]').hidden = state.trail.length <= 1;
      asRepresentative = forOther();
      form.querySelectorAll('[data-about-other], [data-for-other]').forEach(function (s) { s.hidden = !asRepresentative; });
      form.querySelectorAll('[data-for-self]').forEach(function (s) { s.hidden = asRepresentative; });
      var ex = update();
      if (atResult) {
        answersGiven();
      } else {
        var i = PREFIX.indexOf(step);
        var more = (i >= 0 ? PREFIX.length - 1 - i : 0) + open(ex, readFacts(form, data), state.trail).length;
        // "At most 30 more" would frighten more than it tells: the bound is
        // given once it is small.
        var n = String(state.trail.length);
        progress.textContent = more === 0 ? label('flow_progress_last', { n: n })
          : (more <= 5 ? label('flow_progress', { n: n, m: String(more) }) : label('flow_progress_open', { n: n }));
      }
      if (focus) {
        var target = atResult ? section : question(step);
        // The answer chosen so far, so arrow keys change it at once.
        var input = atResult ? null : (target.querySelector('input:checked') || target.querySelector('input, select'));
        (input || target).focus({ preventScroll: true });
        // The question (or the answer) at the top of the screen, under the
        // progress line: on a phone the header would fill the first screen.
        (atResult ? section : progress).scrollIntoView({ block: 'start' });
      }
    };
    var go = function (step) {
      var state = { step: step, trail: current.trail.concat([step]) };
      window.history.pushState(state, '');
      show(state, true);
    };
    var restart = function () {
      form.reset();
      accepted = todayIso();
      acceptedInput.value = dmy(accepted);
      acceptedError.textContent = '';
      var state = { step: 'status', trail: ['status'] };
      window.history.replaceState(state, '');
      show(state, true);
    };

    // Enhance the form into the flow.
    document.documentElement.classList.add('flow');
    form.querySelector('[data-flow-nav]').hidden = false;
    form.querySelector('[data-flow-skip]').hidden = false;
    form.querySelector('[data-progress]').hidden = false;
    form.querySelector('.reset-line').hidden = true;
    form.querySelector('.questions-heading').hidden = true;
    form.querySelector('[data-questions-hint]').hidden = true;
    document.querySelector('[data-result-actions]').hidden = false;
    document.querySelector('[data-accepted-line]').hidden = false;
    acceptedInput.value = dmy(accepted);

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var input = question(current.step).querySelector('[data-date]');
      if (input && input.value.trim() && !parseDmy(input.value)) {
        input.setCustomValidity(label('flow_date_invalid'));
        input.reportValidity();
        return;
      }
      go(nextAfter(current.step, current.trail));
    });
    form.addEventListener('input', function (e) {
      if (e.target.setCustomValidity) { e.target.setCustomValidity(''); }
    });
    // The progress line counts what is still open after this answer.
    form.addEventListener('change', function () { show(current, false); });
    form.querySelector('[data-flow-back]').addEventListener('click', function () { window.history.back(); });
    form.querySelector('[data-flow-answer]').addEventListener('click', function () { go('result'); });
    document.querySelector('[data-flow-change]').addEventListener('click', function () { window.history.back(); });
    document.querySelector('[data-flow-restart]').addEventListener('click', restart);
    document.querySelector('[data-print]').addEventListener('click', function () { window.print(); });
    acceptedInput.addEventListener('input', function () {
      var iso = parseDmy(acceptedInput.value);
      acceptedError.textContent = iso || !acceptedInput.value.trim() ? '' : label('flow_date_invalid');
      if (iso) { accepted = iso; update(); }
    });
    // "Would be settled by" links go to that question.
    section.addEventListener('click', function (e) {
      var a = e.target.closest('a[href^="#q-"]');
      if (!a) { return; }
      e.preventDefault();
      go(a.getAttribute('href').slice(3));
    });
    window.addEventListener('popstate', function (e) {
      show(e.state && e.state.step ? e.state : { step: 'status', trail: ['status'] }, true);
    });
    startKiosk(restart);
    // A fresh page never starts with a previous visitor's answers.
    form.reset();
    window.history.replaceState(current, '');
    show(current, false);
  }

  // ---- Kiosk mode: clear the answers after a few idle minutes ----
  // `?kiosk=1` turns it on; `&idle=SECONDS` shortens the wait (for tests).
  function startKiosk(clear) {
    var params = new URLSearchParams(window.location.search);
    if (params.get('kiosk') !== '1') { return; }
    var idle = +params.get('idle') > 0 ? +params.get('idle') : 180;
    var warnFor = Math.min(30, Math.max(1, Math.floor(idle / 3)));
    var box = document.querySelector('[data-kiosk-warning]');
    var text = box.querySelector('[data-kiosk-text]');
    var timers = [];
    var stop = function () { timers.forEach(window.clearTimeout); timers = []; };
    var arm = function () {
      stop();
      box.hidden = true;
      timers.push(window.setTimeout(function () {
        var left = warnFor;
        box.hidden = false;
        var tick = function () {
          text.textContent = label('flow_kiosk_warning_' + plural(left), { n: String(left) });
          if (left <= 0) { clear(); arm(); return; }
          left -= 1;
          timers.push(window.setTimeout(tick, 1000));
        };
        tick();
        box.querySelector('[data-kiosk-stay]').focus();
      }, (idle - warnFor) * 1000));
    };
    ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'].forEach(function (name) {
      document.addEventListener(name, arm, { passive: true, capture: true });
    });
    box.querySelector('[data-kiosk-stay]').addEventListener('click', arm);
    // A page restored from the back-forward cache starts clean too.
    window.addEventListener('pageshow', function (e) { if (e.persisted) { clear(); } });
    arm();
  }

  // ---- The deadline calculator of the terms page ----
  function startCalculator(section, data) {
    var calendar = data.calendar ? new Calendar(data.calendar) : null;
    // A text field read as DD.MM.YYYY: a date field would follow the
    // browser's locale (12/05/2026) while the results say 05.04.2027.
    var input = section.querySelector('input[name="accepted"]');
    var update = function () {
      var accepted = parseDmy(input.value);
      section.querySelectorAll('[data-amount]').forEach(function (li) {
        var output = li.querySelector('[data-ends]');
        if (!accepted || !calendar) { output.textContent = '—'; return; }
        var d = deadline(calendar, accepted, +li.getAttribute('data-amount'), li.getAttribute('data-unit'));
        output.textContent = d.error ? (d.error.date ? label('js_deadline_error', { year: d.error.date.slice(0, 4) }) : label('js_no_deadline')) : dmy(d.ends);
        output.setAttribute('data-ends', d.ends || '');
      });
    };
    input.value = dmy(todayIso());
    input.addEventListener('input', update);
    input.addEventListener('change', update);
    section.hidden = false;
    update();
  }

  function start() {
    var holder = document.getElementById('stand-data');
    if (!holder) { return; }
    var data = JSON.parse(holder.textContent);
    labels = data.labels;
    window.ReglamentStand = {
      data: data,
      explain: function (facts, options) { return explain(data, facts, options); },
      deadline: function (accepted, amount, unit) {
        return deadline(new Calendar(data.calendar), accepted, amount, unit);
      }
    };
    var form = document.querySelector('[data-self-check]');
    if (form) { startSelfCheck(form, data); }
    var calculator = document.querySelector('[data-calculator]');
    if (calculator) { startCalculator(calculator, data); }
  }
  start(); // the script is deferred: the page is parsed
}());
