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

