/* Your schedule: works out a patient's dates in the browser, from the session date.
   Nothing is sent anywhere. The date is kept (localStorage) only when the patient ticks
   "Remember". Progressive enhancement: without this script the page explains how to count
   days by hand. The .ics it writes follows the same rules as `aftercare schedule`
   (src/calendar/ics.rs): keep the two in step. */
(function () {
  "use strict";
  var KEY = "aftercare-schedule";
  var DAY = 864e5;
  // Every word comes from the page (`data.words`, from the site's message catalogue), with
  // {placeholders} this script fills: the script itself holds no language. Dates and
  // numbers are the browser's own (`Intl`) for the page's language, from the same Unicode
  // CLDR data the program writes them with (ICU4X, src/wording.rs): keep the options in step.
  var W = {};
  function say(key, v) { return fill(W[key] || key, v || {}); }
  function fill(t, v) {
    return t.replace(/\{(\w+)\}/g, function (all, k) { return !(k in v) ? all : typeof v[k] === "number" ? NUM.format(v[k]) : v[k]; });
  }
  // The page's language as Intl reads it; like the program, a tag it cannot read is
  // tried without its subtags, then the browser's own language.
  function intl(Make, opts) {
    var tag = document.documentElement.lang || "", tries = [tag, tag.split(/[-_]/)[0]];
    for (var i = 0; i < tries.length; i++) {
      if (tries[i]) try { return new Make(tries[i], opts); } catch (e) { /* not a tag Intl reads */ }
    }
    return new Make(undefined, opts);
  }
  // Year, month (its name), day and weekday, long: Messages::long_date. Days count in UTC.
  var DATE = intl(Intl.DateTimeFormat, { weekday: "long", year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  var NUM = intl(Intl.NumberFormat);

  // Dates are whole days counted from 1970-01-01 (UTC), so daylight saving never shifts them.
  function parse(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec((s || "").trim());
    if (!m) return null;
    var y = +m[1], mo = +m[2] - 1, d = +m[3], t = Date.UTC(y, mo, d), x = new Date(t);
    if (y < 1900 || x.getUTCMonth() !== mo || x.getUTCDate() !== d) return null;
    return t / DAY;
  }
  function today() {
    var n = new Date();
    return Date.UTC(n.getFullYear(), n.getMonth(), n.getDate()) / DAY;
  }
  function d(n) { return new Date(n * DAY); }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function iso(n) { var x = d(n); return x.getUTCFullYear() + "-" + pad(x.getUTCMonth() + 1) + "-" + pad(x.getUTCDate()); }
  function long(n) { return DATE.format(d(n)); }

  function load() {
    try { var v = JSON.parse(localStorage.getItem(KEY) || "null"); return v && parse(v.date) !== null ? v : null; } catch (e) { return null; }
  }
  function save(v) { try { if (v) localStorage.setItem(KEY, JSON.stringify(v)); else localStorage.removeItem(KEY); } catch (e) { /* private mode */ } }

  // ---- iCalendar (RFC 5545) ----
  function esc(s) {
    var o = "";
    for (var c of s) {
      if (c === "\\") o += "\\\\";
      else if (c === ";") o += "\\;";
      else if (c === ",") o += "\\,";
      else if (c === "\n") o += "\\n";
      else if (c === "\r") continue;
      else if (/[\u0000-\u001f\u007f-\u009f]/.test(c)) o += " ";
      else o += c;
    }
    return o;
  }
  function fold(line) {
    var o = "", used = 0;
    for (var c of line) {
      var p = c.codePointAt(0), n = p < 0x80 ? 1 : p < 0x800 ? 2 : p < 0x10000 ? 3 : 4;
      if (used + n > 75) { o += "\r\n "; used = 1; }
      o += c; used += n;
    }
    return o + "\r\n";
  }
  function fnv(s) {
    var h = 0xcbf29ce484222325n, b = new TextEncoder().encode(s);
    for (var i = 0; i < b.length; i++) h = ((h ^ BigInt(b[i])) * 0x100000001b3n) & 0xffffffffffffffffn;
    return h.toString(16).padStart(16, "0");
  }
  function ymd(n) { return iso(n).replace(/-/g, ""); }
  function ics(data, plan, remind) {
    var out = "", L = function (s) { out += fold(s); };
    L("BEGIN:VCALENDAR"); L("VERSION:2.0"); L("PRODID:" + esc(data.prodid));
    L("CALSCALE:GREGORIAN"); L("METHOD:PUBLISH"); L("X-WR-CALNAME:" + esc(data.title));
    plan.events.forEach(function (e) {
      L("BEGIN:VEVENT");
      L("UID:" + esc(fnv(data.title + "\u001f" + data.treatment + "\u001f" + iso(plan.date) + "\u001f" + e.id) + "-" + e.id + "@aftercare"));
      L("DTSTAMP:" + ymd(plan.date) + "T000000Z");
      L("DTSTART;VALUE=DATE:" + ymd(e.day)); L("DTEND;VALUE=DATE:" + ymd(e.day + 1));
      L("SUMMARY:" + esc(e.summary)); L("DESCRIPTION:" + esc(e.description)); L("TRANSP:TRANSPARENT");
      if (remind) { L("BEGIN:VALARM"); L("ACTION:DISPLAY"); L("TRIGGER:-PT15H"); L("DESCRIPTION:" + esc(e.summary)); L("END:VALARM"); }
      L("END:VEVENT");
    });
    L("END:VCALENDAR");
    return out;
  }

  // ---- The plan for one date ----
  // The build worked out the plan of every session number (src/calendar/mod.rs, the same
  // function `aftercare schedule` uses); here it is only put on the patient's date.
  // Event fields: [offset, day, session, kind (0 change, 1 session, 2 later), id, label,
  // url, status, summary, description, 1 when data.call ends the description], texts as
  // indexes into data.strings.
  function plan(data, date, session) {
    var raw = data.plans[session - 1], S = data.strings;
    var str = function (i) { return i < 0 ? null : S[i]; };
    var events = raw.events.map(function (e) {
      return { offset: e[0], day: date + e[0], d: e[1], session: e[2], kind: e[3], id: S[e[4]], label: S[e[5]],
        url: str(e[6]), st: str(e[7]), summary: S[e[8]],
        description: S[e[9]] + (e[10] ? "\n" + data.call : "") };
    });
    var segments = raw.segments.map(function (g) { return { session: g[0], start: g[1], last: g[2] }; });
    return { date: date, session: session, last: session >= data.sessions, events: events, segments: segments,
      next: events.filter(function (e) { return e.kind === 1; }) };
  }
  // Which session's count a date falls in, and its day number there.
  function dayOf(p, offset) {
    var seg = p.segments[0];
    p.segments.forEach(function (g) { if (g.start <= offset) seg = g; });
    return { session: seg.session, day: offset - seg.start, seg: seg };
  }

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }

  // `root` leads to the site root (the plan's URLs start there), `troot` to the
  // treatment's folder (its day pages).
  function render(out, data, p, root, troot) {
    out.textContent = "";
    var n = today() - p.date, at = dayOf(p, Math.max(n, 0));
    var later = at.session !== p.session;
    var h = el("h2", n < 0 ? say(n === -1 ? "js-session-in-one-day" : "js-session-in-days", { n: -n })
      : say(later ? "js-today-is-day-after" : "js-today-is-day", { day: at.day, session: at.session }), { id: "sched-today", tabindex: "-1" });
    out.appendChild(h);
    var intro = el("p");
    if (n >= 0 && at.day <= data.last_day) {
      intro.appendChild(document.createTextNode(say("js-session-was-on", { date: long(p.date) }) + " "));
      intro.appendChild(el("a", say("js-open-day", { day: at.day }), { href: troot + "days/" + at.day + ".html" }));
    } else if (n < 0) {
      intro.appendChild(document.createTextNode(say("js-session-is-on", { date: long(p.date) }) + " "));
      intro.appendChild(el("a", say("js-how-to-prepare"), { href: troot + "prepare.html" }));
    } else {
      intro.textContent = say("js-session-was-on", { date: long(p.date) }) + " " + say("js-pages-end", { day: data.last_day });
    }
    out.appendChild(intro);

    if (p.next.length) {
      out.appendChild(el("h3", say("js-next-sessions")));
      var ul = el("ul", "", { "class": "sched-list" });
      p.next.forEach(function (s) { ul.appendChild(el("li", say("js-next-session", { n: s.session, of: data.sessions, date: long(s.day), between: data.between }))); });
      out.appendChild(ul);
    }

    out.appendChild(el("h3", say("js-changes")));
    var groups = el("ul", "", { "class": "sched-list sched-dates" }), cur = null, items = null;
    p.events.forEach(function (m) {
      if (m.offset !== cur) {
        cur = m.offset;
        var w = dayOf(p, m.offset), li = el("li");
        li.appendChild(el("strong", say(w.session !== p.session ? "js-group-after" : "js-group", { date: long(m.day), day: w.day, session: w.session })));
        items = el("ul");
        li.appendChild(items);
        groups.appendChild(li);
      }
      var item = el("li");
      if (m.kind === 1) {
        item.appendChild(el("strong", m.label));
        item.appendChild(document.createTextNode(say("js-starts-again")));
      } else if (m.kind === 2) {
        item.textContent = m.label + ": " + m.description.split("\n")[0];
      } else {
        item.appendChild(el("a", m.label, { href: root + m.url }));
        item.appendChild(document.createTextNode(": "));
        var st = data.statuses[m.st];
        item.appendChild(el("span", st[1] + " " + st[0], { "class": "badge s-" + m.st }));
      }
      items.appendChild(item);
    });
    out.appendChild(groups);

    var dl = el("p", "", { "class": "sched-buttons" });
    var b = el("button", say("js-download"), { type: "button", "class": "btn", id: "sched-ics" });
    dl.appendChild(b);
    out.appendChild(dl);
    out.appendChild(el("p", say("js-download-help"), { "class": "small" }));
    return b;
  }

  function download(name, text) {
    var url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
    var a = el("a", "", { href: url, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  // ---- The schedule page ----
  function schedulePage() {
    var form = document.getElementById("sched-form"), blob = document.getElementById("sched-data");
    if (!form || !blob) return;
    var data = JSON.parse(blob.textContent);
    W = data.words || {};
    var root = form.getAttribute("data-root") || "", troot = form.getAttribute("data-troot") || root;
    var parts = form.querySelector(".date-parts"), sess = form.querySelector("#sched-session"),
      remember = form.querySelector("#sched-remember"), remind = form.querySelector("#sched-remind"),
      forget = form.querySelector("#sched-forget"), err = form.querySelector("#sched-error"),
      out = document.getElementById("sched-out");
    // Without this script the fields stay disabled and the by-hand steps below explain the rest.
    form.querySelector("#sched-fields").disabled = false;
    var field = {};
    ["day", "month", "year"].forEach(function (k) { field[k] = form.querySelector("#sched-" + k); });
    // The fields in the order the page's language writes a date (CLDR, through Intl).
    try {
      new Intl.DateTimeFormat(document.documentElement.lang || undefined, { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" })
        .formatToParts(new Date(Date.UTC(2033, 10, 22))).forEach(function (p) {
          if (field[p.type]) parts.appendChild(field[p.type].parentNode);
        });
    } catch (e) { /* no formatToParts: day, month, year */ }
    var first = function () { return parts.querySelector("input"); };
    // Arabic-Indic and Persian digits typed on a phone count as digits.
    function digits(s) {
      return s.trim().replace(/[\u0660-\u0669\u06f0-\u06f9]/g, function (c) { return String(c.charCodeAt(0) & 15); });
    }
    // The date typed, as YYYY-MM-DD ("" if a part is not a number).
    function typed() {
      var y = digits(field.year.value), m = digits(field.month.value), dd = digits(field.day.value);
      if (!/^\d{4}$/.test(y) || !/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(dd)) return "";
      return y + "-" + pad(+m) + "-" + pad(+dd);
    }
    function fill(s) {
      var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s || "");
      field.year.value = m ? m[1] : ""; field.month.value = m ? String(+m[2]) : ""; field.day.value = m ? String(+m[3]) : "";
    }
    function invalid(on) {
      ["day", "month", "year"].forEach(function (k) { if (on) field[k].setAttribute("aria-invalid", "true"); else field[k].removeAttribute("aria-invalid"); });
    }

    function show(v, focus) {
      var n = parse(v.date), s = Math.min(Math.max(parseInt(v.session, 10) || 1, 1), data.sessions);
      if (n === null) {
        err.textContent = say("js-bad-date");
        invalid(true);
        first().focus();
        return;
      }
      err.textContent = "";
      invalid(false);
      var p = plan(data, n, s);
      var b = render(out, data, p, root, troot);
      b.addEventListener("click", function () { download("aftercare-schedule-" + iso(n) + ".ics", ics(data, p, remind.checked)); });
      if (focus) document.getElementById("sched-today").focus();
    }

    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var v = { date: typed(), session: sess ? sess.value : "1" };
      if (parse(v.date) !== null) save(remember.checked ? v : null);
      forget.hidden = !load();
      show(v, true);
    });
    forget.addEventListener("click", function () {
      save(null);
      forget.hidden = true;
      remember.checked = false;
      out.textContent = "";
      fill("");
      first().focus();
    });

    var q = /[#&]date=(\d{4}-\d{2}-\d{2})(?:&session=(\d+))?/.exec(location.hash), stored = load();
    var v = q ? { date: q[1], session: q[2] || "1" } : stored;
    if (stored) { remember.checked = !q; forget.hidden = false; }
    if (v) {
      fill(v.date);
      if (sess) sess.value = String(v.session || 1);
      show(v, false);
    }
  }

  schedulePage();
})();
