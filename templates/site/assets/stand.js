/* The information stand's one script: the large-text switch, the
 * self-check and the deadline calculator.
 *
 * The self-check answers as the interpreter does (src/interpret/mod.rs and
 * eval.rs): three-valued conditions, where an unanswered question makes an
 * answer "needs more answers", never "no". Deadlines are counted as
 * templates/rust/deadline.rs counts them. tests/site_browser.rs checks both
 * against the Rust code in a real browser. The script reads its data from
 * the page (#stand-data), sends nothing anywhere and stores nothing but the
 * text-size choice. Text from the data is only ever set as text. */
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
  function evaluate(c, facts) {
    var needs, i, r;
    var has = function (f) { return Object.prototype.hasOwnProperty.call(facts, f); };
    switch (c.op) {
      case 'all':
        needs = [];
        for (i = 0; i < c.parts.length; i++) {
          r = evaluate(c.parts[i], facts);
          if (r.truth === false) { return FALSE; }
          if (r.truth === null) { merge(needs, r.needs); }
        }
        return needs.length ? unknown(needs) : TRUE;
      case 'any':
        needs = [];
        for (i = 0; i < c.parts.length; i++) {
          r = evaluate(c.parts[i], facts);
          if (r.truth === true) { return TRUE; }
          if (r.truth === null) { merge(needs, r.needs); }
        }
        return needs.length ? unknown(needs) : FALSE;
      case 'not':
        r = evaluate(c.inner, facts);
        return r.truth === null ? r : (r.truth ? FALSE : TRUE);
      case 'fact':
        if (!has(c.fact)) { return unknown([c.fact]); }
        return facts[c.fact] === true ? TRUE : FALSE;
      case 'compare':
        if (!has(c.fact)) { return unknown([c.fact]); }
        return COMPARE[c.operator](facts[c.fact], c.values) ? TRUE : FALSE;
      default:
        return FALSE;
    }
  }
  function truthOf(condition, facts, absent) { return condition ? evaluate(condition, facts) : absent; }

  // ---- Explaining an applicant's facts (src/interpret/mod.rs) ----
  function explain(data, facts, options) {
    var accepted = options && options.accepted;
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
        if (accepted) {
          if (!calendar) {
            answer.deadline_error = { calendar: true };
          } else {
            var d = deadline(calendar, accepted, t.amount, t.unit);
            if (d.error) { answer.deadline_error = d.error; } else { answer.deadline = d; }
          }
        }
      }
      return { term: answer, needs: [] };
    };
    var representativeFor = function (a) {
      var needs = [];
      for (var i = 0; i < data.representatives.length; i++) {
        var r = data.representatives[i];
        var listed = r.categories.some(function (c) { return c === a.category || c === a.branch; });
        if (!listed) { continue; }
        var t = truthOf(r.applies, facts, TRUE);
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
        var r = truthOf(amounts[i].when, docFacts, TRUE);
        if (r.truth === true) { return { n: amounts[i].amount, needs: [] }; }
        if (r.truth === null) { return { n: null, needs: r.needs }; }
      }
      return { n: 1, needs: [] };
    };
    var documents = [];
    var undeterminedDocuments = [];
    data.documents.forEach(function (d) {
      var r = truthOf(d.required, docFacts, TRUE);
      if (r.truth === true) {
        var copies = amount(d.copies);
        var count = amount(d.count);
        var needs = copies.needs.slice();
        merge(needs, count.needs);
        documents.push({ id: d.id, clause: d.clause, copies: copies.n, count: count.n, needs: needs, form: d.form });
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
    return {
      application: application,
      status: status,
      categories: categories,
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
  function questionLinks(data, needs) {
    var list = el('ul', { 'class': 'needs' });
    needs.forEach(function (fact) {
      var text = fact === 'status' ? label('js_question_status')
        : fact === 'application' ? label('js_question_application')
          : ((data.facts.filter(function (f) { return f.id === fact; })[0] || {}).question || fact);
      // A fact's question is the regulation's text, in the regulation's language.
      var attrs = { href: '#q-' + fact };
      if (fact !== 'status' && fact !== 'application' && regLang) { attrs.lang = regLang; }
      list.appendChild(el('li', {}, [el('a', attrs, [text])]));
    });
    return list;
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
    p.appendChild(el('span', { 'class': 'term-words' }, [duration(term.amount, term.unit)]));
    var link = clauseLink(term.id, term.clause);
    if (link) { p.appendChild(document.createTextNode(' (')); p.appendChild(link); p.appendChild(document.createTextNode(')')); }
    var out = [p];
    if (term.deadline) {
      out.push(el('p', { 'class': 'deadline', 'data-ends': term.deadline.ends },
        [label('js_deadline', { accepted: dmy(accepted), ends: dmy(term.deadline.ends) })]));
      var steps = el('ul', { 'class': 'steps' });
      term.deadline.steps.forEach(function (s) { steps.appendChild(el('li', {}, [stepWords(s, term.amount, term.unit)])); });
      out.push(steps);
    } else if (term.deadline_error) {
      out.push(el('p', { 'class': 'deadline' }, [term.deadline_error.date
        ? label('js_deadline_error', { year: term.deadline_error.date.slice(0, 4) }) : label('js_no_deadline')]));
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
    if (ex.categories.length) {
      out.appendChild(el('h3', {}, [label('js_applies')]));
      if (ex.categories.length > 1) { out.appendChild(el('p', {}, [label('js_applies_choose')])); }
      var list = el('ul', { 'class': 'answers' });
      ex.categories.forEach(function (c) {
        var item = el('li', { 'data-category': c.id }, [summary(c.branch ? 'branch' : 'category', c.id)]);
        if (c.grounds.length) {
          var g = el('p', {}, [label('js_grounds') + ' ']);
          c.grounds.forEach(function (x, i) { if (i) { g.appendChild(document.createTextNode(', ')); } g.appendChild(clauseLink(x.id, x.clause) || document.createTextNode(x.id)); });
          item.appendChild(g);
        }
        termParagraph(data, c.term, c.term_needs, accepted).forEach(function (n) { item.appendChild(n); });
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
    if (ex.undetermined.length) {
      var open = el('ul', { 'class': 'answers' });
      ex.undetermined.forEach(function (u) {
        var isBranch = !!document.getElementById('summary-branch-' + u.id);
        open.appendChild(el('li', { 'data-undetermined': u.id }, [summary(isBranch ? 'branch' : 'category', u.id),
          el('p', {}, [label('js_needs_more_for')]), questionLinks(data, u.needs)]));
      });
      if (ex.categories.length) {
        // Something applies already: the others that might are folded away.
        out.appendChild(el('details', { 'class': 'more' }, [
          el('summary', {}, [label('js_needs_more_others', { n: String(ex.undetermined.length) })]), open]));
      } else {
        out.appendChild(el('h3', {}, [label('js_needs_more')]));
        out.appendChild(open);
      }
    }
    out.appendChild(el('h3', {}, [label('js_documents')]));
    if (ex.documents.length) {
      var docs = el('ul', { 'class': 'answers checklist' });
      ex.documents.forEach(function (d) {
        var item = el('li', { 'data-document': d.id }, [summary('document', d.id)]);
        var amounts = [];
        if (d.copies !== null) { amounts.push(label('js_copies', { n: String(d.copies) })); }
        var counted = data.documents.filter(function (x) { return x.id === d.id && x.count.length; }).length;
        if (d.count !== null && counted) { amounts.push(label('js_count', { n: String(d.count) })); }
        item.appendChild(el('p', { 'class': 'amounts', 'data-copies': String(d.copies), 'data-count': String(d.count) }, [amounts.join('; ')]));
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
        maybe.appendChild(el('li', { 'data-document-depends': d.id }, [summary('document', d.id), questionLinks(data, d.needs)]));
      });
      out.appendChild(maybe);
    }
    out.appendChild(el('h3', {}, [label('js_representative')]));
    var rep = ex.representative ? 'yes' : (ex.representative_needs.length ? 'unknown' : 'no');
    var repP = el('p', { 'data-representative': rep }, [label('js_representative_' + rep)]);
    out.appendChild(repP);
    if (rep === 'unknown') { out.appendChild(questionLinks(data, ex.representative_needs)); }
    target.replaceChildren(out);
  }

  // ---- The self-check form ----
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
        if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(v)) { facts[f.id] = v; }
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
    ex.documents.forEach(function (d) { merge(needs, d.needs); });
    ex.categories.forEach(function (c) { merge(needs, c.term_needs); merge(needs, c.representative_needs); });
    merge(needs, ex.representative_needs);
    merge(needs, ex.application_term_needs);
    return needs;
  }
  function startSelfCheck(form, data) {
    var results = document.querySelector('[data-results]');
    var status = document.querySelector('[data-results-status]');
    regLang = results.getAttribute('data-reg-lang') || '';
    var update = function () {
      var facts = readFacts(form, data);
      var accepted = todayIso();
      var ex = explain(data, facts, { accepted: accepted });
      var needed = neededFacts(ex);
      form.querySelectorAll('.question[data-fact]').forEach(function (q) {
        var fact = q.getAttribute('data-fact');
        var always = fact === 'status' || fact === 'application';
        q.hidden = !(always || Object.prototype.hasOwnProperty.call(facts, fact) || needed.indexOf(fact) >= 0);
      });
      render(data, ex, accepted, results);
      var said = label('js_summary', { applies: String(ex.categories.length), open: String(ex.undetermined.length) });
      if (status && status.textContent !== said) { status.textContent = said; }
    };
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    form.addEventListener('reset', function () { window.setTimeout(update, 0); });
    form.addEventListener('submit', function (e) { e.preventDefault(); update(); });
    update();
  }

  // ---- The deadline calculator of the terms page ----
  function startCalculator(section, data) {
    var calendar = data.calendar ? new Calendar(data.calendar) : null;
    var input = section.querySelector('input[type="date"]');
    var update = function () {
      var accepted = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(input.value) ? input.value : null;
      section.querySelectorAll('[data-amount]').forEach(function (li) {
        var output = li.querySelector('[data-ends]');
        if (!accepted || !calendar) { output.textContent = '—'; return; }
        var d = deadline(calendar, accepted, +li.getAttribute('data-amount'), li.getAttribute('data-unit'));
        output.textContent = d.error ? (d.error.date ? label('js_deadline_error', { year: d.error.date.slice(0, 4) }) : label('js_no_deadline')) : dmy(d.ends);
        output.setAttribute('data-ends', d.ends || '');
      });
    };
    input.value = todayIso();
    input.addEventListener('input', update);
    input.addEventListener('change', update);
    section.hidden = false;
    update();
  }

  // ---- The large-text switch ----
  function startTextSize(button) {
    var KEY = 'reglament-stand-large-text';
    var set = function (on) {
      document.documentElement.classList.toggle('large-text', on);
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      try { window.localStorage.setItem(KEY, on ? '1' : '0'); } catch (e) { /* storage off: the switch still works */ }
    };
    var stored = false;
    try { stored = window.localStorage.getItem(KEY) === '1'; } catch (e) { stored = false; }
    set(stored);
    button.hidden = false;
    button.addEventListener('click', function () { set(button.getAttribute('aria-pressed') !== 'true'); });
  }
  function start() {
    var button = document.querySelector('[data-text-size]');
    if (button) { startTextSize(button); }
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
