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

