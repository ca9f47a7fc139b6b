// Progressive enhancement for the quiz page: save each answer through the API as it changes,
// reorder items in place (buttons, or drag and drop), keep the navigator and the answered count up
// to date, and count down to the deadline. Without this file the form still works.
(function () {
  "use strict";
  var form = document.getElementById("attempt-form");
  if (!form || !window.fetch) { return; }
  var attempt = form.getAttribute("data-attempt");
  // The page's texts in its language (take.html); %s, %p, %t and %n stand for what is filled in.
  function text(name, fills) {
    var t = form.getAttribute("data-" + name) || "";
    Object.keys(fills || {}).forEach(function (k) { t = t.replace("%" + k, fills[k]); });
    return t;
  }

  function status(section, text, isError) {
    var el = section.querySelector(".save-status");
    if (el) { el.textContent = text; el.classList.toggle("error", !!isError); }
  }

  function bodyOf(section) {
    var q = section.getAttribute("data-question");
    var type = section.getAttribute("data-type");
    if (type === "single" || type === "truefalse" || type === "multiple") {
      var chosen = [];
      section.querySelectorAll('input[name="a.' + q + '"]:checked').forEach(function (i) { chosen.push(i.value); });
      return { choices: chosen };
    }
    if (type === "short" || type === "numeric" || type === "essay") {
      return { text: section.querySelector('[name="a.' + q + '"]').value };
    }
    if (type === "order") {
      var order = [];
      section.querySelectorAll('input[name="a.' + q + '"]').forEach(function (i) { order.push(i.value); });
      return { order: order };
    }
    var pairs = {};
    section.querySelectorAll("select").forEach(function (s) {
      if (s.value) { pairs[s.id.substring(("m-" + q + "-").length)] = s.value; }
    });
    return { pairs: pairs };
  }

  // The session ended (401): say so above the quiz, with a way to sign in that comes back here.
  // The server answers the page's own requests without a Basic challenge, so no browser dialog.
  function sessionEnded() {
    if (document.getElementById("session-ended")) { return; }
    var notice = document.createElement("div");
    notice.id = "session-ended";
    notice.className = "alert error session-ended";
    notice.setAttribute("role", "alert");
    var para = document.createElement("p");
    para.textContent = text("session-ended") + " ";
    var link = document.createElement("a");
    link.href = "/signin?next=" + encodeURIComponent(location.pathname + location.search);
    link.textContent = text("sign-in");
    link.addEventListener("click", function () { leaving = true; });
    para.appendChild(link);
    notice.appendChild(para);
    form.parentNode.insertBefore(notice, form);
  }

  // Answers changed but not saved yet (or not saved at all) make the browser ask before leaving.
  var unsaved = {}, leaving = false;
  window.addEventListener("beforeunload", function (e) {
    if (leaving || !Object.keys(unsaved).length) { return; }
    e.preventDefault();
    e.returnValue = "";
  });
  // On the document, so it runs after the form's own handler, which may cancel the submit.
  document.addEventListener("submit", function (e) { if (!e.defaultPrevented) { leaving = true; } });

  // One save at a time per question: a change made while a save is under way is sent after it,
  // so that two requests can never arrive in the wrong order and leave an older answer saved.
  var timers = {}, busy = {}, again = {};
  function save(section) {
    var q = section.getAttribute("data-question");
    if (busy[q]) { again[q] = true; return; }
    busy[q] = true;
    status(section, text("saving"));
    return fetch("/api/v1/attempts/" + encodeURIComponent(attempt) + "/answers/" + encodeURIComponent(q), {
      method: "PUT",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-Requested-With": "fetch" },
      body: JSON.stringify(bodyOf(section))
    }).then(function (r) {
      if (r.status === 204) { if (!again[q]) { status(section, text("saved")); delete unsaved[q]; } return; }
      if (r.status === 401) { status(section, text("not-saved-session"), true); sessionEnded(); return; }
      return r.json().then(function (p) {
        status(section, text("not-saved", { s: p.detail || r.status }), true);
        if (r.status === 409) { leaving = true; form.submit(); }
      }, function () { status(section, text("not-saved-status", { s: r.status }), true); });
    }, function () {
      status(section, text("no-connection"), true);
    }).then(function () {
      busy[q] = false;
      if (again[q]) { again[q] = false; save(section); }
    });
  }

  function schedule(section, delay) {
    var q = section.getAttribute("data-question");
    unsaved[q] = true;
    clearTimeout(timers[q]);
    timers[q] = setTimeout(function () { save(section); }, delay);
  }

  form.addEventListener("change", function (e) {
    var section = e.target.closest(".question");
    if (section) { answeredNow(section); schedule(section, 0); }
  });
  form.addEventListener("input", function (e) {
    var section = e.target.closest(".question");
    if (section) { answeredNow(section); }
    if (section && e.target.tagName === "INPUT" && e.target.type === "text") { schedule(section, 600); }
    if (section && e.target.tagName === "TEXTAREA") { countWords(e.target); grow(e.target); schedule(section, 1500); }
  });

  // Essays: count words as the server does (runs of letters, digits and marks; an apostrophe or a
  // hyphen inside a word keeps it one word) and grow the box with the text.
  var WORD = /[\p{L}\p{Nd}\p{Mn}][\p{L}\p{Nd}\p{Mn}'\u2019-]*/gu;
  function countWords(area) {
    var shown = document.getElementById("words-" + area.id.substring(2));
    if (!shown) { return; }
    var n = (area.value.match(WORD) || []).length;
    var min = parseInt(shown.getAttribute("data-min"), 10), max = parseInt(shown.getAttribute("data-max"), 10);
    shown.querySelector(".word-count-value").textContent = n;
    shown.classList.toggle("short", !isNaN(min) && n < min);
    shown.classList.toggle("long", !isNaN(max) && n > max);
    shown.classList.toggle("refused", !isNaN(max) && n > 2 * max);
  }
  function grow(area) {
    if (window.CSS && CSS.supports && CSS.supports("field-sizing", "content")) { return; }
    area.style.height = "auto";
    area.style.height = area.scrollHeight + 4 + "px";
  }
  form.querySelectorAll("textarea.essay").forEach(function (area) { countWords(area); grow(area); });

  // The move buttons (to top, up, down, to bottom) move the item in place and keep keyboard focus
  // on the moved item's button; without this script each is a form post that does the same.
  form.addEventListener("click", function (e) {
    var button = e.target.closest("button[name=move]");
    if (!button) { return; }
    e.preventDefault();
    var li = button.closest("li");
    var list = li.parentNode;
    var where = button.value.split("|")[2];
    var target = where === "top" ? list.firstElementChild : where === "up" ? li.previousElementSibling
      : where === "down" ? (li.nextElementSibling && li.nextElementSibling.nextElementSibling) : null;
    if ((where === "up" || where === "top") && li === list.firstElementChild) { return; }
    if ((where === "down" || where === "bottom") && li === list.lastElementChild) { return; }
    list.insertBefore(li, target);
    reordered(li);
    // The same button again, or (at an end, where it is now disabled) the item's first one that is not.
    var same = li.querySelector(".move-" + where);
    (same.disabled ? li.querySelector(".order-buttons button:not(:disabled)") : same).focus();
  });

  // After any move: the buttons at the ends are disabled, the new place is said, the order saved.
  function reordered(li) {
    var list = li.parentNode;
    var items = list.querySelectorAll("li");
    items.forEach(function (item, i) {
      item.querySelector(".move-top").disabled = item.querySelector(".move-up").disabled = i === 0;
      item.querySelector(".move-down").disabled = item.querySelector(".move-bottom").disabled = i === items.length - 1;
    });
    var section = li.closest(".question");
    section.setAttribute("data-moved", "true");
    answeredNow(section);
    status(section, text("moved-to", { p: Array.prototype.indexOf.call(items, li) + 1, t: items.length }));
    schedule(section, 0);
  }

  // Drag and drop by a handle, with a mouse, a pen or a finger (pointer events; the handle does not
  // scroll the page). Keyboard users have the buttons, so the handle is not a tab stop.
  function enableDragging(list) {
    var hint = document.getElementById(list.getAttribute("aria-describedby"));
    if (hint && hint.getAttribute("data-drag-hint")) { hint.textContent = hint.getAttribute("data-drag-hint"); }
    list.querySelectorAll("li").forEach(function (li) {
      var handle = document.createElement("span");
      handle.className = "drag-handle";
      handle.setAttribute("aria-hidden", "true");
      handle.textContent = "\u283f";
      li.insertBefore(handle, li.firstChild);
    });
    list.addEventListener("pointerdown", function (e) {
      var handle = e.target.closest(".drag-handle");
      if (!handle || e.button > 0) { return; }
      e.preventDefault();
      // Listened to on the document: moving the item in the list would end a pointer capture on the handle.
      var li = handle.closest("li"), moved = false;
      li.classList.add("dragging");
      function move(ev) {
        var before = null;
        var others = Array.prototype.filter.call(list.children, function (c) { return c !== li; });
        for (var i = 0; i < others.length; i++) {
          var r = others[i].getBoundingClientRect();
          if (ev.clientY < r.top + r.height / 2) { before = others[i]; break; }
        }
        if (before !== li.nextElementSibling) { list.insertBefore(li, before); moved = true; }
      }
      function end() {
        document.removeEventListener("pointermove", move);
        document.removeEventListener("pointerup", end);
        document.removeEventListener("pointercancel", end);
        li.classList.remove("dragging");
        if (moved) { reordered(li); }
      }
      document.addEventListener("pointermove", move);
      document.addEventListener("pointerup", end);
      document.addEventListener("pointercancel", end);
    });
  }
  if (window.PointerEvent) { form.querySelectorAll(".order-list").forEach(enableDragging); }

  // The navigator and the "N of M answered" count follow the answers as they are given. A question
  // on another page (one per page) keeps the state the server gave it.
  var nav = document.querySelector(".question-nav");
  function answered(section) {
    var b = bodyOf(section);
    if (b.order) { return section.getAttribute("data-answered") === "true" || section.getAttribute("data-moved") === "true"; }
    return !!((b.choices && b.choices.length) || (b.text !== undefined && b.text.trim()) || (b.pairs && Object.keys(b.pairs).length));
  }
  function answeredNow(section) {
    if (!nav) { return; }
    var q = section.getAttribute("data-question");
    var item = nav.querySelector('.qnav-item[data-question="' + q + '"]');
    var yes = answered(section);
    if (item && item.classList.contains("answered") !== yes) {
      item.classList.toggle("answered", yes);
      item.querySelector(".qnav-state").textContent = nav.getAttribute(yes ? "data-answered" : "data-unanswered");
      var count = nav.querySelector(".answered-count");
      count.textContent = count.getAttribute("data-count").replace("#", nav.querySelectorAll(".qnav-item.answered").length);
    }
  }
  function unansweredCount() {
    return nav ? nav.querySelectorAll(".qnav-item:not(.answered)").length : 0;
  }

  form.addEventListener("submit", function (e) {
    var submitter = e.submitter;
    if (submitter && submitter.value === "submit") {
      var unanswered = unansweredCount();
      if (unanswered && !window.confirm(text("confirm-submit", { n: unanswered }))) { e.preventDefault(); }
    }
  });

  // The timer in plain words ("12 minutes left", "45 seconds left": minutes rounded up, as the
  // server's TimeLeft says them), amber and announced with 5 minutes left, red and announced with 1.
  // The deadline is read at every tick, so that a page told of a new one follows it.
  var timer = document.querySelector(".timer[data-deadline]");
  function timeLeftText(left) {
    var n = left < 60 ? left : Math.ceil(left / 60);
    var unit = left < 60 ? (n === 1 ? "data-second" : "data-seconds") : (n === 1 ? "data-minute" : "data-minutes");
    return timer.getAttribute(unit).replace("#", n);
  }
  function warningLevel(left) {
    return left <= 60 ? 1 : left <= 300 ? 5 : 0;
  }
  if (timer) {
    var value = timer.querySelector(".timer-value");
    var warning = timer.querySelector(".timer-warning");
    var warned = warningLevel(Math.round((Date.parse(timer.getAttribute("data-deadline")) - Date.now()) / 1000));
    var tick = function () {
      var left = Math.max(0, Math.round((Date.parse(timer.getAttribute("data-deadline")) - Date.now()) / 1000));
      value.textContent = timeLeftText(left);
      var level = warningLevel(left);
      timer.classList.toggle("warn", level === 5);
      timer.classList.toggle("urgent", level === 1);
      if (level !== warned) { warning.textContent = level ? timer.getAttribute("data-warn" + level) : ""; }
      warned = level;
      if (left === 0) { clearInterval(handle); leaving = true; window.location.reload(); }
    };
    var handle = setInterval(tick, 1000);
    tick();

    // A deadline moved while the page is open (extra time given, a quiz's override) reaches the
    // timer: the attempt is asked again every minute and whenever the page comes back into view.
    // A submitted attempt (on another device, or by the deadline job) reloads into its review.
    var refresh = function () {
      if (document.visibilityState === "hidden" || leaving) { return; }
      fetch("/api/v1/attempts/" + encodeURIComponent(attempt), {
        credentials: "same-origin", headers: { "Accept": "application/json", "X-Requested-With": "fetch" }
      }).then(function (r) { return r.ok ? r.json() : null; }).then(function (a) {
        if (!a || leaving) { return; }
        if (a.submitted) { leaving = true; window.location.reload(); return; }
        if (!a.deadline || Date.parse(a.deadline) === Date.parse(timer.getAttribute("data-deadline"))) { return; }
        timer.setAttribute("data-deadline", a.deadline);
        var until = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
          weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit",
          timeZone: timer.getAttribute("data-zone") || undefined
        }).format(new Date(a.deadline));
        timer.querySelector(".timer-until").textContent = timer.getAttribute("data-until").replace("%s", until);
        warning.textContent = timer.getAttribute("data-moved").replace("%s", until);
        warned = warningLevel(Math.round((Date.parse(a.deadline) - Date.now()) / 1000)); // keeps the notice shown
        tick();
      }, function () { /* offline: the next refresh tries again */ });
    };
    setInterval(refresh, 60000);
    document.addEventListener("visibilitychange", refresh);
  }
})();
