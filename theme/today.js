/* "Today is your day N" on the day pages, when the patient asked the schedule page to
   remember their session date on this device (localStorage, same key and date rules as
   schedule.js). Kept apart from schedule.js so that day pages load 1 KB, not 12. Its words
   come from the page's data-today and data-go attributes.
   data-starts lists, for each session number, the days after it on which the following
   sessions start the count again ("0,14,28;0,14;0"): worked out by the build from the
   same plan as `aftercare schedule`, so the count here is the count there. */
(function () {
  "use strict";
  var DAY = 864e5;
  function parse(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec((s || "").trim());
    if (!m) return null;
    var y = +m[1], mo = +m[2] - 1, d = +m[3], t = Date.UTC(y, mo, d), x = new Date(t);
    if (y < 1900 || x.getUTCMonth() !== mo || x.getUTCDate() !== d) return null;
    return t / DAY;
  }
  var note = document.getElementById("today-note"), v = null;
  try { v = JSON.parse(localStorage.getItem("aftercare-schedule") || "null"); } catch (e) { return; }
  if (!note || !v || parse(v.date) === null) return;
  // With a date stored, "Enter your session date" reads as if none were: the link says
  // what it gives now (its words in data-stored).
  Array.prototype.forEach.call(document.querySelectorAll("a[data-stored]"), function (a) {
    a.textContent = a.getAttribute("data-stored");
  });
  var now = new Date();
  var n = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY - parse(v.date);
  var plans = (note.getAttribute("data-starts") || "0").split(";");
  var starts = (plans[(parseInt(v.session, 10) || 1) - 1] || "0").split(",").map(Number);
  var since = 0, next = NaN;
  starts.forEach(function (s) { if (s <= n) since = s; else if (isNaN(next)) next = s; });
  n -= since;
  // A day on or after the next session's planned start is counted from that session, on
  // a date not known yet: it gets no date here rather than one the next session moves.
  var before = next - since;
  // ...unless the first session that lasts that many days is the planned final one: then
  // the date is that of the day the span's data-final names (after the final session the
  // same may come later: the sun), counted from the final session's planned day 0, and the
  // words say so (the note's data-final). A span with no data-final never gets there.
  function afterFinal(k) {
    for (var i = starts.indexOf(next); i >= 0 && i < starts.length; i++) {
      if (i === starts.length - 1) return starts[i];
      if (k < starts[i + 1] - starts[i]) return -1;
    }
    return -1;
  }
  var day = +note.getAttribute("data-day"), last = +note.getAttribute("data-last");
  var lang = document.documentElement.lang || undefined;
  // The patient's own date beside each "from day N" (a span with data-day), counted from
  // the day 0 of the session they are in now; the words around it from data-date. A span
  // with its own data-form (the printed sheet's "Day 4 ({date}):") is written over with it,
  // its date without the weekday, so that the sheet keeps to one page.
  var first = parse(v.date), day0 = first + since, form = note.getAttribute("data-date") || "{date}", fmt = null, brief = null;
  var later = note.getAttribute("data-later"), finals = note.getAttribute("data-final");
  // In the final session of a course (no later session planned), what a span says after
  // an ordinary session may come later (data-final): its own date, in data-final-from.
  var inFinal = isNaN(next), finalFrom = note.getAttribute("data-final-from");
  // Numbers in the page's own digits (Arabic-Indic in ar-EG), as the program writes them.
  var number = function (x) { try { return new Intl.NumberFormat(lang).format(x); } catch (e) { return String(x); } };
  try {
    fmt = new Intl.DateTimeFormat(lang, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
    brief = new Intl.DateTimeFormat(lang, { day: "numeric", month: "short", timeZone: "UTC" });
  } catch (e) { /* no Intl */ }
  // The date of day number `d` (days since 1970), in the page's language.
  function on(d) { return fmt.format(new Date(d * DAY)); }
  if (fmt) {
    Array.prototype.forEach.call(document.querySelectorAll(".your-date[data-day]"), function (s) {
      var k = parseInt(s.getAttribute("data-day"), 10);
      if (isNaN(k)) return;
      // A run of the answer after the final session that an ordinary one does not share
      // (data-if-final): dated only in the final session, from its day 0.
      if (s.hasAttribute("data-if-final") && !inFinal) return;
      var own = s.getAttribute("data-form");
      // A run of days ("Days 0 to 29") gets both its dates, in the words of data-range.
      var end = parseInt(s.getAttribute("data-end"), 10), range = note.getAttribute("data-range");
      // A rule's day (data-final: its day after the final session, -1 if none).
      var rule = s.hasAttribute("data-final"), f = parseInt(s.getAttribute("data-final"), 10);
      if (inFinal && rule && f !== k) {
        // Not what applies after this, the final session: the day it does, or no date.
        if (!own && f >= 0 && finalFrom) {
          s.textContent = " " + finalFrom.replace("{day}", number(f)).replace("{date}", on(day0 + f));
        }
        return;
      }
      // A day of the rule after the final session only: from the planned final session.
      var only = s.hasAttribute("data-only-final") && !inFinal && !!finals;
      if (k >= before || only) {
        var fin = only ? starts[starts.length - 1] : rule && f >= 0 && finals ? afterFinal(k) : -1;
        if (!own && fin >= 0) {
          s.textContent = " " + finals.replace("{date}", on(first + fin + f)).replace("{day}", number(f)).replace("{planned}", on(first + fin));
          return;
        }
        // Counted from the next session: say so (data-later), where the span is empty.
        if (!own && later) s.textContent = " " + later;
        return;
      }
      if (end >= before) return;
      if (!own && !isNaN(end) && range) {
        s.textContent = " " + range.replace("{from}", on(day0 + k)).replace("{to}", on(day0 + end));
        return;
      }
      s.textContent = own ? own.replace("{date}", brief.format(new Date((day0 + k) * DAY))) : " " + form.replace("{date}", on(day0 + k));
    });
  }
  // The words come from the page (the site's message catalogue), `{day}` filled here.
  var shown = number(n);
  var say = function (attr) { return (note.getAttribute(attr) || "").replace("{day}", shown); };
  // Today's day in the "each day at a glance" grids (activity pages): in the grid of every
  // session, or of the final session once no other is planned; the words in data-strip.
  var strips = document.querySelectorAll("ol.strip");
  if (strips.length && n >= 0 && n <= last) {
    var cell = strips[inFinal ? strips.length - 1 : 0].children[n], link = cell && cell.querySelector("a");
    if (link) {
      link.setAttribute("aria-current", "date");
      var key = document.querySelector(".legend"), words = note.getAttribute("data-strip");
      if (key && words) {
        var li = document.createElement("li");
        li.className = "legend-today";
        li.textContent = say("data-strip");
        key.appendChild(li);
      }
    }
  }
  if (n === day) {
    note.textContent = say("data-today");
    note.className += " is-today";
  } else if (n >= 0 && n <= last) {
    // On another day's page, say which day the page is about before which day is today,
    // so that "today is your day 5" is not read as this page's day.
    var other = day >= 0 && note.getAttribute("data-other");
    note.appendChild(document.createTextNode(say(other ? "data-other" : "data-today") + " "));
    if (other) note.className += " is-other";
    var a = document.createElement("a");
    a.textContent = say("data-go");
    // Beside the other day pages, or (home page) from data-base.
    a.setAttribute("href", (note.getAttribute("data-base") || "") + n + ".html");
    note.appendChild(a);
  } else {
    return;
  }
  note.hidden = false;
})();

/* The day's tick boxes ("What to do today"), kept on this device until the day ends, so a
   patient who comes back in the evening sees what is done. localStorage only: nothing is
   sent, and a new day starts with every box empty. */
(function () {
  "use strict";
  var ticks = document.querySelectorAll("input.tick");
  if (!ticks.length) return;
  var now = new Date(), today = now.getFullYear() + "-" + (now.getMonth() + 1) + "-" + now.getDate();
  var key = "aftercare-ticks:" + location.pathname, kept = null;
  try { kept = JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { return; }
  if (!kept || kept.date !== today || !Array.isArray(kept.on)) kept = { date: today, on: [] };
  Array.prototype.forEach.call(ticks, function (t) {
    t.checked = kept.on.indexOf(t.id) >= 0;
    t.addEventListener("change", function () {
      kept.on = Array.prototype.filter.call(ticks, function (x) { return x.checked; }).map(function (x) { return x.id; });
      try { localStorage.setItem(key, JSON.stringify(kept)); } catch (e) { /* private mode: the ticks stay on screen */ }
    });
  });
})();
