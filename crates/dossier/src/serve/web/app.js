// The workspace shell: views by URL hash, the article list, search and the
// live extraction box.
"use strict";

(function () {
  const { el, clear, api } = Dossier;
  const loaded = {};

  function error(node, e) { clear(node).append(el("p", { class: "error" }, e.message)); }

  async function loadDocs() {
    const list = clear(document.getElementById("doc-list"));
    const page = await api("/api/documents?limit=1000");
    list.append(el("h2", {}, `Articles (${page.total})`), el("ul", {}, page.items.map((d) =>
      el("li", {}, el("a", { href: Dossier.articleLink(d.id), dataset: { doc: d.id } }, d.title || d.id),
        el("small", {}, [d.outlet, d.published].filter(Boolean).join(" · "))))));
  }

  async function openArticle(id, focus) {
    const text = document.getElementById("article"), details = document.getElementById("article-details");
    document.querySelectorAll("#doc-list a.current").forEach((a) => a.classList.remove("current"));
    document.querySelectorAll("#doc-list a").forEach((a) => { if (a.dataset.doc === id) a.classList.add("current"); });
    try {
      const answer = await api("/api/documents/" + encodeURIComponent(id));
      Dossier.renderArticle(answer.document, answer.actors, text, details, focus);
    } catch (e) { error(text, e); }
  }

  async function search(q) {
    const list = clear(document.getElementById("search-results"));
    try {
      const page = await api("/api/search?q=" + encodeURIComponent(q));
      list.append(el("li", { class: "hint" }, `${page.total} results for “${q}”`));
      for (const h of page.items) list.append(el("li", {}, el("a", { href: Dossier.articleLink(h.doc) }, h.title || h.doc), el("p", {}, h.snippet)));
    } catch (e) { error(list, e); }
  }

  async function route() {
    const parts = window.location.hash.replace(/^#/, "").split("/").map(decodeURIComponent);
    const view = ["articles", "graph", "claims", "timeline", "extract", "search"].includes(parts[0]) ? parts[0] : "articles";
    document.querySelectorAll(".view").forEach((v) => v.classList.toggle("active", v.id === "view-" + view));
    document.querySelectorAll("#tabs a").forEach((a) => a.classList.toggle("current", a.dataset.view === view));
    try {
      if (view === "articles") {
        if (!loaded.docs) { await loadDocs(); loaded.docs = true; }
        if (parts[1]) await openArticle(parts[1], parts[2]);
      } else if (view === "graph") {
        if (!loaded.graph) { await Dossier.loadGraph(); loaded.graph = true; }
        if (parts[1]) await Dossier.showProfile(parts[1]);
      } else if (view === "claims" && !loaded.claims) { await Dossier.loadClaims(); loaded.claims = true; }
      else if (view === "timeline" && !loaded.timeline) { await Dossier.loadTimeline(); loaded.timeline = true; }
      else if (view === "search" && parts[1]) await search(parts[1]);
    } catch (e) { error(document.getElementById("view-" + view), e); }
  }

  let pending = null;
  async function extract() {
    const status = document.getElementById("extract-status");
    const body = document.getElementById("extract-text").value;
    if (!body.trim()) { status.textContent = "Paste an article first."; return; }
    status.textContent = "Extracting…";
    try {
      const started = performance.now();
      const doc = await api("/api/extract", { method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body });
      const one = Array.isArray(doc) ? doc[0] : doc;
      Dossier.renderArticle(one, null, document.getElementById("extract-article"), document.getElementById("extract-details"));
      status.textContent = `${(one.entities || []).length} entities, ${(one.claims || []).length} claims, ${(one.events || []).length} events in ${Math.round(performance.now() - started)} ms`;
    } catch (e) { status.textContent = "Error: " + e.message; }
  }

  document.addEventListener("DOMContentLoaded", () => {
    window.addEventListener("hashchange", route);
    document.getElementById("search-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      window.location.hash = "#search/" + encodeURIComponent(document.getElementById("search-q").value);
    });
    document.getElementById("extract-run").addEventListener("click", extract);
    document.getElementById("extract-text").addEventListener("input", () => { clearTimeout(pending); pending = setTimeout(extract, 800); });
    route();
  });
})();
