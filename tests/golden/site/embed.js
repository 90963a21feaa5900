/* onevoice status banner for your own website (see docs/embed.md). No dependency.
   While an incident is ongoing or a maintenance is under way, a banner at the top of the page
   links to its statement; otherwise nothing shows. It reads the status site's summary.json:
     <script src="https://status.example.com/embed.js" async></script>
   Options on the script tag: data-lang="fr" (the French API and words), data-target="#id"
   (fill that element instead of the top of the page). */
(function () {
  var me = document.currentScript;
  if (!me || !window.fetch) return;
  var site = me.src.replace(/[^/]*$/, "");
  var lang = me.getAttribute("data-lang") || "";
  var fr = /^fr/i.test(lang || document.documentElement.lang || "");
  var words = fr
    ? { incident: "Incident en cours\u00a0:", maintenance: "Maintenance en cours\u00a0:", more: "et {n} autre(s)", region: "État du service" }
    : { incident: "Ongoing incident:", maintenance: "Maintenance in progress:", more: "and {n} more", region: "Service status" };
  var colours = {
    critical: ["#7f1d1d", "#ffffff"], major: ["#ffedd5", "#7c2d12"],
    minor: ["#fef9c3", "#713f12"], maintenance: ["#dbeafe", "#1e3a8a"]
  };
  var rank = { critical: 3, major: 2, minor: 1 };
  var shown = null;

  function safe(url) {
    return /^https?:\/\//i.test(url || "") ? url : site;
  }

  function draw(summary) {
    var open = (summary.incidents || []).slice().sort(function (a, b) {
      return (rank[b.impact] || 0) - (rank[a.impact] || 0);
    });
    var works = (summary.scheduled_maintenances || []).filter(function (m) {
      return m.status === "in_progress" || m.status === "verifying";
    });
    var items = open.concat(works);
    if (shown) { shown.parentNode && shown.parentNode.removeChild(shown); shown = null; }
    if (!items.length) return;
    if (!document.body) {
      document.addEventListener("DOMContentLoaded", function () { draw(summary); });
      return;
    }
    var first = items[0];
    var tone = open.length ? colours[first.impact] || colours.minor : colours.maintenance;
    var box = document.createElement("div");
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", words.region);
    box.className = "onevoice-status";
    var s = box.style;
    s.background = tone[0]; s.color = tone[1]; s.padding = "0.6em 1em"; s.margin = "0";
    s.font = "inherit"; s.lineHeight = "1.4"; s.borderBottom = "2px solid " + tone[1];
    var text = document.createElement("strong");
    text.textContent = (open.length ? words.incident : words.maintenance) + " ";
    var link = document.createElement("a");
    link.href = safe(first.shortlink);
    link.textContent = first.name;
    link.style.color = tone[1];
    link.style.textDecoration = "underline";
    box.appendChild(text);
    box.appendChild(link);
    if (items.length > 1) {
      box.appendChild(document.createTextNode(" " + words.more.replace("{n}", items.length - 1)));
    }
    var target = me.getAttribute("data-target");
    var place = target && document.querySelector(target);
    if (place) place.appendChild(box);
    else document.body.insertBefore(box, document.body.firstChild);
    shown = box;
  }

  function check() {
    fetch(site + (lang ? lang + "/" : "") + "api/v2/summary.json", { credentials: "omit" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (summary) { if (summary) draw(summary); })
      .catch(function () { /* the status site is unreachable: show nothing rather than an error */ });
  }

  check();
  setInterval(check, 5 * 60 * 1000);
})();
