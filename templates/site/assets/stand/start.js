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
