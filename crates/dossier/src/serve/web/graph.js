// The actor graph: SVG with a small force layout; filters by relation,
// event type and date range; a click on a node shows the actor's profile.
"use strict";

(function () {
  const { el, svg, clear, api } = Dossier;
  const W = 900, H = 600, MAX_NODES = 200;
  let data = { nodes: [], edges: [] };

  /** Positions nodes: repulsion between all, springs along edges, pull to the centre. */
  function layout(nodes, edges) {
    const n = nodes.length;
    nodes.forEach((d, i) => {
      const a = (2 * Math.PI * i) / Math.max(n, 1);
      d.x = W / 2 + (W / 3) * Math.cos(a); d.y = H / 2 + (H / 3) * Math.sin(a);
    });
    const index = new Map(nodes.map((d, i) => [d.id, i]));
    const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
    const k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.3;
    for (let step = 0, t = W / 10; step < 300; step++, t *= 0.985) {
      const dx = new Float64Array(n), dy = new Float64Array(n);
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
        let x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
        const d2 = Math.max(x * x + y * y, 0.01), f = (k * k) / d2;
        dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
      }
      for (const [a, b] of links) {
        const x = nodes[a].x - nodes[b].x, y = nodes[a].y - nodes[b].y;
        const d = Math.max(Math.sqrt(x * x + y * y), 0.1), f = d / k;
        dx[a] -= x * f; dy[a] -= y * f; dx[b] += x * f; dy[b] += y * f;
      }
      for (let i = 0; i < n; i++) {
        dx[i] += (W / 2 - nodes[i].x) * 0.4; dy[i] += (H / 2 - nodes[i].y) * 0.4;
        const len = Math.max(Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]), 0.01), move = Math.min(len, t);
        nodes[i].x = Math.min(W - 140, Math.max(30, nodes[i].x + (dx[i] / len) * move));
        nodes[i].y = Math.min(H - 20, Math.max(20, nodes[i].y + (dy[i] / len) * move));
      }
    }
  }

  function options(select, values) {
    const keep = select.value;
    while (select.options.length > 1) select.remove(1);
    for (const v of values) select.add(new Option(v, v));
    select.value = values.includes(keep) ? keep : "";
  }

  function draw() {
    const root = document.getElementById("graph-svg");
    clear(root);
    const predicate = document.getElementById("graph-predicate").value;
    const etype = document.getElementById("graph-etype").value;
    const edges = data.edges.filter((e) => e.kind === "relation" ? (!etype && (!predicate || e.label === predicate)) : (!predicate && (!etype || e.label === etype)));
    const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
    const degree = new Map();
    for (const e of edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) || 0) + e.weight);
    const shown = data.nodes.filter((d) => linked.has(d.id) || (!predicate && !etype));
    // The layout is quadratic: draw the best-connected actors only.
    const nodes = shown.slice().sort((a, b) => (degree.get(b.id) || 0) - (degree.get(a.id) || 0) || b.documents - a.documents).slice(0, MAX_NODES);
    layout(nodes, edges);
    const at = new Map(nodes.map((d) => [d.id, d]));
    root.append(svg("defs", {}));
    root.firstChild.append(Object.assign(svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" })));
    root.firstChild.firstChild.append(svg("path", { d: "M 0 0 L 10 5 L 0 10 z", class: "arrow" }));
    for (const e of edges) {
      const a = at.get(e.source), b = at.get(e.target);
      if (!a || !b) continue;
      const line = svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge edge-" + e.kind, "stroke-width": Math.min(1 + e.weight, 6), "marker-end": "url(#arrow)" });
      const title = svg("title", {}); title.textContent = `${a.name} —${e.label}→ ${b.name} (${e.weight})`;
      line.append(title); root.append(line);
    }
    for (const d of nodes) {
      const g = svg("g", { class: "node node-" + String(d.type).toLowerCase(), transform: `translate(${d.x},${d.y})`, tabindex: 0 });
      g.dataset.id = d.id;
      g.append(svg("circle", { r: 6 + Math.min(d.documents, 6) * 2 }));
      const label = svg("text", { x: 10, y: 4 }); label.textContent = d.name;
      const title = svg("title", {}); title.textContent = `${d.name} (${d.type}${d.sector ? ", " + d.sector : ""}${d.country ? ", " + d.country : ""})`;
      g.append(label, title);
      g.addEventListener("click", () => { window.location.hash = "#graph/" + encodeURIComponent(d.id); });
      root.append(g);
    }
    const legend = clear(document.getElementById("graph-legend"));
    legend.append(`${nodes.length} of ${shown.length} actors, ${edges.length} edges `,
      ...[...new Set(data.nodes.map((d) => d.type))].map((t) => el("span", { class: "badge node-" + String(t).toLowerCase() }, t)));
  }

  /** Loads the graph (with the date filters) and draws it. */
  Dossier.loadGraph = async function () {
    const params = new URLSearchParams();
    const since = document.getElementById("graph-since").value, until = document.getElementById("graph-until").value;
    if (since) params.set("since", since);
    if (until) params.set("until", until);
    data = await api("/api/graph?" + params);
    const labels = (kind) => [...new Set(data.edges.filter((e) => e.kind === kind).map((e) => e.label))].sort();
    options(document.getElementById("graph-predicate"), labels("relation"));
    options(document.getElementById("graph-etype"), labels("event"));
    draw();
  };

  /** Shows an actor's profile beside the graph. */
  Dossier.showProfile = async function (id) {
    const box = clear(document.getElementById("actor-profile"));
    document.querySelectorAll("#graph-svg .node.selected").forEach((n) => n.classList.remove("selected"));
    document.querySelectorAll("#graph-svg .node").forEach((n) => { if (n.dataset.id === id) n.classList.add("selected"); });
    try {
      const profile = await api("/api/actors/" + encodeURIComponent(id));
      for (const [section, rows] of Object.entries(profile)) {
        if (!rows.length) continue;
        box.append(el("h3", {}, section), Dossier.table(rows));
        if (section === "documents" || section === "claims" || section === "events") {
          const docs = [...new Set(rows.map((r) => r.doc).filter(Boolean))];
          box.append(el("p", { class: "links" }, docs.map((d) => [el("a", { href: Dossier.articleLink(d) }, "open " + d), " "])));
        }
      }
    } catch (e) {
      box.append(el("p", { class: "error" }, e.message));
    }
  };

  document.addEventListener("DOMContentLoaded", () => {
    document.getElementById("graph-filters").addEventListener("submit", (ev) => { ev.preventDefault(); Dossier.loadGraph(); });
    document.getElementById("graph-predicate").addEventListener("change", draw);
    document.getElementById("graph-etype").addEventListener("change", draw);
  });
})();
