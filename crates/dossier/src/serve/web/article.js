// The article view: text with entity mentions highlighted by type and claims
// (source, cue, content) coloured by stance; details and mention-to-mention jumps.
"use strict";

(function () {
  const { el, clear } = Dossier;

  /** Marks over code-point offsets: entity mentions and claim parts. */
  function marks(doc) {
    const out = [];
    for (const e of doc.entities || []) {
      for (const m of e.mentions || []) out.push({ start: m.start, end: m.end, kind: "entity", entity: e, type: m.label || e.type });
    }
    for (const c of doc.claims || []) {
      if (c.source && c.source.start !== null && c.source.end !== null) out.push({ start: c.source.start, end: c.source.end, kind: "source", claim: c });
      if (c.cue) out.push({ start: c.cue.start, end: c.cue.end, kind: "cue", claim: c });
      if (c.content) out.push({ start: c.content.start, end: c.content.end, kind: "content", claim: c });
    }
    for (const v of doc.events || []) out.push({ start: v.trigger.start, end: v.trigger.end, kind: "trigger", event: v });
    return out.filter((m) => m.end > m.start);
  }

  /** Splits the text at every mark boundary; each piece knows the marks over it. */
  function pieces(chars, list) {
    const cuts = new Set([0, chars.length]);
    for (const m of list) { cuts.add(Math.min(m.start, chars.length)); cuts.add(Math.min(m.end, chars.length)); }
    const sorted = [...cuts].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const [s, e] = [sorted[i], sorted[i + 1]];
      out.push({ start: s, end: e, text: chars.slice(s, e).join(""), over: list.filter((m) => m.start <= s && m.end >= e) });
    }
    return out;
  }

  function pieceNode(piece, onPick) {
    const classes = [];
    let pick = null;
    for (const m of piece.over) {
      if (m.kind === "entity") { classes.push("ent", "ent-" + String(m.type).toLowerCase()); pick = pick || m; }
      else if (m.kind === "trigger") { classes.push("trigger"); pick = pick || m; }
      else {
        classes.push("claim-" + m.kind, "stance-" + String(m.claim.stance).toLowerCase());
        if (m.claim.hedged) classes.push("hedged");
        if (!pick || pick.kind !== "entity") pick = m;
      }
    }
    if (!classes.length) return document.createTextNode(piece.text);
    const node = el("span", { class: classes.join(" "), dataset: { start: piece.start } }, piece.text);
    if (pick) node.addEventListener("click", (ev) => { ev.stopPropagation(); onPick(pick, node); });
    return node;
  }

  function flash(node) {
    if (!node) return;
    node.scrollIntoView({ block: "center", behavior: "smooth" });
    node.classList.add("flash");
    setTimeout(() => node.classList.remove("flash"), 1200);
  }

  function entityName(doc, id) {
    const e = (doc.entities || []).find((x) => x.id === id);
    return e ? e.name : id;
  }

  /** Renders an article into `textNode`, details into `detailsNode`. */
  Dossier.renderArticle = function (doc, actors, textNode, detailsNode, focus) {
    clear(textNode); clear(detailsNode);
    const chars = Array.from(doc.text || "");
    const list = marks(doc);
    const at = (start) => textNode.querySelector('[data-start="' + start + '"]');
    const meta = doc.doc || {};
    const link = Dossier.safeUrl(meta.url);
    textNode.append(
      el("h2", {}, meta.title || meta.id || "Untitled"),
      el("p", { class: "meta" }, [meta.outlet, meta.published].filter(Boolean).join(" · "), " ",
        link ? el("a", { href: link, rel: "noopener noreferrer", target: "_blank" }, "source") : null),
      el("div", { class: "legend" }, ["person", "org", "gpe", "loc", "norp"].map((t) => el("span", { class: "ent ent-" + t }, t.toUpperCase())),
        ["assert", "deny"].map((s) => el("span", { class: "claim-content stance-" + s }, s)), el("span", { class: "claim-content hedged" }, "hedged")));
    const body = el("div", { class: "text" });
    const show = (mark, node) => details(mark, node);
    for (const p of pieces(chars, list)) body.append(pieceNode(p, show));
    textNode.append(body);

    function details(mark, node) {
      clear(detailsNode);
      textNode.querySelectorAll(".picked").forEach((n) => n.classList.remove("picked"));
      if (node) node.classList.add("picked");
      if (mark.kind === "entity") {
        const e = mark.entity;
        const starts = e.mentions.map((m) => m.start);
        const here = node ? Number(node.dataset.start) : starts[0];
        const index = Math.max(0, starts.findIndex((s) => s >= here));
        const go = (i) => { const s = starts[(i + starts.length) % starts.length]; const n = at(s); details(mark, n); flash(n); };
        const actor = actors && actors[e.id];
        detailsNode.append(el("h3", {}, e.name), el("p", {}, el("span", { class: "badge ent ent-" + String(e.type).toLowerCase() }, e.type),
          e.country ? " " + e.country : "", e.sector ? " · " + e.sector : ""),
          el("p", {}, "Aliases: " + (e.aliases || []).join("; ")),
          el("p", { class: "jump" }, `Mention ${index + 1} of ${starts.length} `,
            el("button", { type: "button", onclick: () => go(index - 1) }, "◀ previous"),
            el("button", { type: "button", onclick: () => go(index + 1) }, "next ▶")),
          (e.roles || []).length ? el("ul", {}, e.roles.map((r) => el("li", {}, (r.former ? "former " : "") + r.title + (r.of ? " of " + entityName(doc, r.of) : "")))) : null,
          actor ? el("p", {}, el("a", { href: "#graph/" + encodeURIComponent(actor) }, "Actor profile")) : null);
      } else if (mark.kind === "trigger") {
        const v = mark.event;
        detailsNode.append(el("h3", {}, "Event " + v.type), eventFacts(doc, v));
      } else {
        const c = mark.claim;
        const facts = [["Source", c.source && c.source.text ? c.source.text : "(" + (c.source ? c.source.kind : "unknown") + ")"],
          ["Cue", c.cue ? c.cue.text : ""], ["Content", c.content ? c.content.text : ""], ["Stance", c.stance], ["Hedged", c.hedged ? "yes" : "no"]];
        detailsNode.append(el("h3", {}, "Claim " + c.id), el("dl", {}, facts.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])));
        const resting = (doc.events || []).filter((v) => v.claim === c.id);
        if (resting.length) detailsNode.append(el("p", {}, "Events resting on it:"), el("ul", {}, resting.map((v) => el("li", {}, v.type + ": " + v.trigger.text))));
      }
    }

    const events = el("ol", { class: "events" }, (doc.events || []).map((v) =>
      el("li", { onclick: () => { const n = at(v.trigger.start); details({ kind: "trigger", event: v }, n); flash(n); } },
        el("span", { class: "badge" }, v.type), " ", v.trigger.text, " — ",
        (v.sources || []).map((s) => entityName(doc, s)).join(", ") || "?", " → ",
        (v.targets || []).map((s) => entityName(doc, s)).join(", ") || "?",
        v.date && v.date.value ? " (" + v.date.value + ")" : "")));
    textNode.append(el("h3", {}, `Events (${(doc.events || []).length})`), events);
    textNode.append(el("h3", {}, `Claims (${(doc.claims || []).length})`), el("ol", { class: "claims" }, (doc.claims || []).map((c) =>
      el("li", { class: "stance-" + String(c.stance).toLowerCase() + (c.hedged ? " hedged" : ""), dataset: { claim: c.id },
        onclick: () => { const n = at(c.cue.start); details({ kind: "cue", claim: c }, n); flash(n); } },
      (c.source && c.source.text) || "(unnamed source)", " ", c.cue ? c.cue.text : "", ": ", c.content ? c.content.text : ""))));

    if (focus) {
      const c = (doc.claims || []).find((x) => x.id === focus);
      const v = (doc.events || []).find((x) => x.id === focus);
      if (c) { const n = at(c.cue.start); details({ kind: "cue", claim: c }, n); flash(n); }
      else if (v) { const n = at(v.trigger.start); details({ kind: "trigger", event: v }, n); flash(n); }
    }
  };

  function eventFacts(doc, v) {
    const names = (ids) => (ids || []).map((s) => entityName(doc, s)).join(", ");
    const facts = [["Trigger", v.trigger.text], ["Mode", v.mode || ""], ["Source", names(v.sources)], ["Target", names(v.targets)],
      ["Modality", v.modality], ["Date", v.date ? (v.date.value || v.date.text) : ""], ["Place", v.location ? (v.location.name || v.location.text) : ""],
      ["Claim", v.claim || ""]];
    return el("dl", {}, facts.map(([k, val]) => [el("dt", {}, k), el("dd", {}, val)]));
  }
})();
