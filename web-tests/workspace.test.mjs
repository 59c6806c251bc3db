// Browser tests of the `dossier serve` web workspace: headless Debian chromium
// driven by playwright-core. Starts the server over a store built by
// `dossier ingest examples/` plus a hostile article, opens every view, clicks
// through, checks content, takes screenshots into target/web-tests/, and
// checks that markup, event handlers and javascript: URLs from documents stay inert.
//
//   cd web-tests && npm ci && npm test      (DOSSIER_BIN, CHROMIUM override the paths)
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
const bin = process.env.DOSSIER_BIN ? resolve(process.env.DOSSIER_BIN) : [join(root, "target/release/dossier"), join(root, "target/debug/dossier")].find(existsSync);
const shots = join(root, "target/web-tests");
const skip = !existsSync(chromiumPath) ? `no chromium at ${chromiumPath} (apt-get install chromium)`
  : !bin ? "no dossier binary (cargo build --release)" : false;
if (skip) console.log(`SKIPPED: browser tests: ${skip}`);

const HOSTILE = [
  "Hostile markup test <script>window.__pwned = 1; alert('script')</script>",
  "",
  'Officials in Geneva said <img src=x onerror="window.__pwned = 2; alert(\'img\')"> nothing happened, the United Nations said.',
  'Click <a href="javascript:alert(\'link\')">here</a> or javascript:alert(document.cookie) for details.',
].join("\n");

async function startServer(db) {
  const child = spawn(bin, ["serve", "--db", db, "--bind", "127.0.0.1:0"], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  const addr = await new Promise((ok, fail) => {
    let seen = "";
    const timer = setTimeout(() => fail(new Error("server did not start: " + seen)), 60000);
    child.stderr.on("data", (chunk) => {
      seen += chunk;
      const m = seen.match(/http:\/\/([^/\s]+)\//);
      if (m) { clearTimeout(timer); ok(m[1]); }
    });
    child.on("exit", (code) => fail(new Error(`server exited ${code}: ${seen}`)));
  });
  return { child, base: `http://${addr}` };
}

test("web workspace", { skip, timeout: 300000 }, async (t) => {
  const { chromium } = await import("playwright-core");
  const work = mkdtempSync(join(tmpdir(), "dossier-web-"));
  mkdirSync(shots, { recursive: true });
  const db = join(work, "web.db");
  writeFileSync(join(work, "hostile.txt"), HOSTILE);
  writeFileSync(join(work, "hostile.jsonl"), JSON.stringify({ title: "Linked <b>story</b>", url: "javascript:alert('url')", outlet: "Meridian Wire", text: "The United Nations said talks in Geneva would resume on Monday." }) + "\n");
  execFileSync(bin, ["ingest", "examples", join(work, "hostile.txt"), join(work, "hostile.jsonl"), "--db", db, "--progress", "none"], { cwd: root, stdio: "inherit" });
  const server = await startServer(db);
  const context = await chromium.launchPersistentContext(join(work, "profile"), {
    executablePath: chromiumPath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] || await context.newPage();
  const dialogs = [], errors = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  page.on("pageerror", (e) => errors.push(e.message));
  const inert = async (where) => {
    assert.deepEqual(dialogs, [], `${where}: a dialog opened`);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, `${where}: injected code ran`);
    const bad = await page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href")).filter((h) => !/^(https?:|#)/.test(h)));
    assert.deepEqual(bad, [], `${where}: unsafe links`);
    assert.equal(await page.locator("main script, main img, main [onerror]").count(), 0, `${where}: markup from a document became elements`);
  };
  try {
    await t.test("articles: list, highlighted text, entity details and jumps", async () => {
      await page.goto(server.base + "/#articles");
      const links = page.locator("#doc-list a");
      await links.first().waitFor();
      assert.ok(await links.count() >= 9, "every example and the hostile articles are listed");
      await page.locator("#doc-list a", { hasText: "Rivals hold first talks" }).click();
      await page.locator("#article h2", { hasText: "Rivals hold first talks" }).waitFor();
      assert.match(await page.locator("#article h2").textContent(), /Rivals hold first talks/);
      assert.ok(await page.locator("#article .text .ent-person").count() > 0, "people highlighted");
      assert.ok(await page.locator("#article .text .claim-content").count() > 0, "claims marked");
      await page.locator("#article .text .ent-person").first().click();
      await page.locator("#article-details h3").waitFor();
      const before = await page.locator("#article-details .jump").textContent();
      await page.locator("#article-details button", { hasText: "next" }).click();
      assert.notEqual(await page.locator("#article-details .jump").textContent(), before, "jumped to another mention");
      await page.locator("#article .claims li").first().click();
      assert.match(await page.locator("#article-details h3").textContent(), /^Claim /);
      const facts = await page.locator("#article-details dt").allTextContents();
      assert.deepEqual(facts, ["Source", "Cue", "Content", "Stance", "Hedged"]);
      assert.doesNotMatch(await page.locator("#article-details").textContent(), /\[object /);
      await page.screenshot({ path: join(shots, "article.png"), fullPage: false });
      await inert("article");
    });

    await t.test("hostile documents render as text", async () => {
      await page.locator("#doc-list a", { hasText: "Hostile markup test" }).click();
      await page.locator("#article h2", { hasText: "Hostile markup test" }).waitFor();
      assert.match(await page.locator("#article .text").textContent(), /<script>window.__pwned = 1/);
      assert.match(await page.locator("#article .text").textContent(), /onerror="window.__pwned = 2/);
      await page.locator("#doc-list a", { hasText: "Linked <b>story</b>" }).click();
      await page.locator("#article h2", { hasText: "Linked <b>story</b>" }).waitFor();
      assert.equal(await page.locator("#article .meta a").count(), 0, "the javascript: URL is not a link");
      await page.screenshot({ path: join(shots, "hostile.png") });
      await inert("hostile article");
    });

    await t.test("actor graph: nodes, filters and a profile", async () => {
      await page.goto(server.base + "/#graph");
      await page.locator("#graph-svg .node").first().waitFor();
      const nodes = await page.locator("#graph-svg .node").count();
      assert.ok(nodes > 5, `${nodes} nodes`);
      assert.ok(await page.locator("#graph-svg .edge").count() > 0, "edges drawn");
      const etypes = await page.locator("#graph-etype option").allTextContents();
      assert.ok(etypes.length > 1, "event types offered as filters");
      await page.selectOption("#graph-etype", etypes[1]);
      const filtered = await page.locator("#graph-svg .edge").count();
      assert.ok(filtered > 0 && (await page.locator("#graph-svg .edge-relation").count()) === 0, "only events of that type");
      await page.selectOption("#graph-etype", "");
      const all = await page.locator("#graph-svg .edge").count();
      await page.fill("#graph-since", "2026-06-01");
      await page.click("#graph-filters button");
      await page.locator("#graph-legend", { hasText: "edges" }).waitFor();
      await page.waitForFunction((n) => document.querySelectorAll("#graph-svg .edge").length < n, all);
      await page.fill("#graph-since", "");
      await page.click("#graph-filters button");
      await page.waitForFunction((n) => document.querySelectorAll("#graph-svg .edge").length === n, all);
      await page.locator("#graph-svg .node circle").first().click();
      await page.locator("#actor-profile h3").first().waitFor();
      assert.ok(await page.locator("#actor-profile table").count() > 0, "profile tables");
      await page.screenshot({ path: join(shots, "graph.png") });
      await inert("graph");
    });

    await t.test("claims board grouped by standing", async () => {
      await page.goto(server.base + "/#claims");
      await page.locator("#claims-board .card").first().waitFor();
      const columns = await page.locator("#claims-board .column h2").allTextContents();
      assert.deepEqual(columns.map((c) => c.split(" ")[0]), ["corroborated", "single-source", "disputed", "denied"]);
      const evidence = page.locator("#claims-board .card a", { hasText: "evidence" }).first();
      await evidence.click();
      await page.locator("#article-details h3", { hasText: "Claim" }).waitFor();
      await page.goto(server.base + "/#claims");
      await page.screenshot({ path: join(shots, "claims.png") });
      await inert("claims");
    });

    await t.test("timeline of events and claims", async () => {
      await page.goto(server.base + "/#timeline");
      await page.locator("#timeline-list .entry").first().waitFor();
      assert.ok(await page.locator("#timeline-list .entry-event").count() > 0, "events");
      assert.ok(await page.locator("#timeline-list .entry-claim").count() > 0, "claims");
      await page.screenshot({ path: join(shots, "timeline.png") });
      await inert("timeline");
    });

    await t.test("paste-an-article box extracts live and stays inert", async () => {
      await page.goto(server.base + "/#extract");
      await page.fill("#extract-text", HOSTILE);
      await page.click("#extract-run");
      await page.locator("#extract-status", { hasText: "entities" }).waitFor();
      assert.match(await page.locator("#extract-article .text").textContent(), /<script>window.__pwned = 1/);
      await page.screenshot({ path: join(shots, "extract.png") });
      await inert("extract");
    });

    await t.test("search", async () => {
      await page.goto(server.base + "/#search/ceasefire");
      await page.locator("#search-results li a").first().waitFor();
      assert.ok(await page.locator("#search-results li a").count() > 0);
      await inert("search");
    });
    assert.deepEqual(errors, [], "no script errors on the page");
  } finally {
    await context.close();
    server.child.kill();
    rmSync(work, { recursive: true, force: true });
  }
});
