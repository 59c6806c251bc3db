// The claims board: claim groups in columns by standing, each with its
// sources and links to the evidence in the articles.
"use strict";

(function () {
  const { el, clear, api } = Dossier;
  const STANDINGS = ["corroborated", "single-source", "disputed", "denied"];

  /** Loads every claim and lays the board out. */
  Dossier.loadClaims = async function () {
    const board = clear(document.getElementById("claims-board"));
    const page = await api("/api/claims?limit=1000");
    const groups = new Map();
    for (const c of page.items) {
      if (!groups.has(c.group)) groups.set(c.group, { standing: c.standing, claims: [] });
      groups.get(c.group).claims.push(c);
    }
    for (const standing of STANDINGS) {
      const mine = [...groups.entries()].filter(([, g]) => g.standing === standing);
      const column = el("div", { class: "column column-" + standing, dataset: { standing } },
        el("h2", {}, `${standing} (${mine.length})`));
      for (const [id, g] of mine) column.append(card(id, g));
      board.append(column);
    }
    if (page.total > page.items.length) board.append(el("p", { class: "hint" }, `Showing ${page.items.length} of ${page.total} claims.`));
  };

  function card(id, group) {
    const first = group.claims[0];
    return el("article", { class: "card", dataset: { group: id } },
      el("p", { class: "content" }, first.content || "(no content)"),
      el("ul", { class: "sources" }, group.claims.map((c) =>
        el("li", { class: "stance-" + String(c.stance).toLowerCase() + (c.hedged ? " hedged" : "") },
          el("strong", {}, c.source || "(unnamed)"), ` ${c.stance}${c.hedged ? ", hedged" : ""} · `,
          [c.outlet, c.published].filter(Boolean).join(", "), " ",
          el("a", { href: Dossier.articleLink(c.doc, c.claim) }, "evidence")))));
  }
})();
