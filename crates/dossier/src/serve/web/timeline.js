// The timeline: events and claims by date, each linked to its article.
"use strict";

(function () {
  const { el, clear, api } = Dossier;

  /** Loads the timeline. */
  Dossier.loadTimeline = async function () {
    const list = clear(document.getElementById("timeline-list"));
    const page = await api("/api/timeline?limit=1000");
    let last = null;
    for (const t of page.items) {
      const date = t.date || "undated";
      if (date !== last) { list.append(el("li", { class: "date" }, date)); last = date; }
      list.append(el("li", { class: "entry entry-" + t.kind },
        el("span", { class: "badge" }, t.kind === "event" ? t.what : "claim · " + t.what),
        " ", el("strong", {}, t.who || ""), t.whom ? " → " + t.whom : "", t.standing ? ` [${t.standing}]` : "",
        ": ", t.text || "", " ", el("a", { href: Dossier.articleLink(t.doc, t.id) }, "open")));
    }
  };
})();
