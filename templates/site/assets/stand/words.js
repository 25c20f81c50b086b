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

