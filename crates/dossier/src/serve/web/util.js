// Shared helpers. Everything that comes from documents is put on the page as
// text (textContent), never as markup; links are limited to http and https.
"use strict";

const Dossier = {};

/** An element with attributes and children (strings become text nodes). */
Dossier.el = function (tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "onclick") node.addEventListener("click", value);
    else if (key === "href") {
      const safe = Dossier.safeUrl(value);
      if (safe) node.setAttribute("href", safe);
    } else node.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
};

/** An SVG element with attributes. */
Dossier.svg = function (tag, attrs) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  return node;
};

/** The URL when it is http(s) or a link within the page, else null. */
Dossier.safeUrl = function (url) {
  if (typeof url !== "string") return null;
  if (url.startsWith("#")) return url;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch (e) {
    return null;
  }
};

/** Removes every child of a node. */
Dossier.clear = function (node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
};

/** GET (or another method) on the API; rejects with the server's error message. */
Dossier.api = async function (path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
};

/** A table of rows (objects) with the given columns. */
Dossier.table = function (rows, columns) {
  const cols = columns || (rows.length ? Object.keys(rows[0]) : []);
  return Dossier.el("table", {},
    Dossier.el("thead", {}, Dossier.el("tr", {}, cols.map((c) => Dossier.el("th", {}, c)))),
    Dossier.el("tbody", {}, rows.map((row) =>
      Dossier.el("tr", {}, cols.map((c) => Dossier.el("td", {}, row[c] === null ? "" : String(row[c])))))));
};

/** The hash link to an article, optionally at a claim or event. */
Dossier.articleLink = function (doc, item) {
  return "#articles/" + encodeURIComponent(doc) + (item ? "/" + encodeURIComponent(item) : "");
};
