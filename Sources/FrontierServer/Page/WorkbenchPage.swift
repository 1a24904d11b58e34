import Foundation

/// The workbench page: plain HTML, CSS and JavaScript in one document, no external resources.
///
/// Served by `frontier serve` it loads presets and posts scenarios to the JSON API; written by
/// `frontier analyze --html FILE` it carries one report inline (``html(report:)``) and draws
/// the same interactive plots offline, with the form read-only.
public enum WorkbenchPage {
    /// The page; with `report` (a JSON report of `frontier analyze --format json`), the offline report.
    public static func html(report: Data?) -> String {
        var data = "null"
        if let report {
            // Inline JSON inside <script>: "</" would end the element, and U+2028/9 end a JS line in old engines.
            data = String(decoding: report, as: UTF8.self).replacingOccurrences(of: "</", with: "<\\/")
                .replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029")
        }
        return template.replacingOccurrences(of: "/*REPORT*/null", with: data)
    }

    static let template = #"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Frontier workbench</title>
<style>
  body { font-family: Helvetica, Arial, sans-serif; margin: 0; color: #222; background: #fafafa; }
  header { background: #1d3557; color: white; padding: 10px 18px; display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
  header h1 { font-size: 18px; margin: 0 12px 0 0; }
  header select, header input, header button { font-size: 14px; }
  #status { margin-left: auto; font-size: 13px; }
  main { display: grid; grid-template-columns: minmax(260px, 340px) 1fr; gap: 14px; padding: 14px; }
  @media (max-width: 900px) { main { grid-template-columns: 1fr; } #results { order: -1; } }
  header select { max-width: 100%; }
  #form { background: white; border: 1px solid #ddd; padding: 8px 10px; max-height: calc(100vh - 90px); overflow-y: auto; overflow-x: hidden; min-width: 0; }
  @media (max-width: 900px) { #form { max-height: none; } }
  details.group { border: 1px solid #e3e3e3; margin: 6px 0 10px; padding: 4px 8px; min-width: 0; }
  details.group summary { font-weight: bold; font-size: 13px; cursor: pointer; }
  label.field { display: block; margin: 6px 0; font-size: 12px; }
  label.field span.name { font-family: monospace; display: block; overflow-wrap: anywhere; }
  label.field small { color: #666; display: block; }
  label.field input { width: 100%; box-sizing: border-box; }
  label.field.invalid input { border: 2px solid #c0392b; background: #fdecea; }
  .error { color: #c0392b; font-size: 12px; }
  #results { min-width: 0; }
  .cards { display: flex; flex-wrap: wrap; gap: 10px; margin-bottom: 10px; }
  .card { background: white; border: 1px solid #ddd; padding: 8px 12px; font-size: 13px; min-width: 150px; }
  .card b { display: block; font-size: 16px; }
  .plots { display: flex; flex-wrap: wrap; gap: 12px; }
  .plot { background: white; border: 1px solid #ddd; flex: 1 1 460px; min-width: 0; }
  .plot svg { width: 100%; height: auto; display: block; }
  #details { background: white; border: 1px solid #ddd; padding: 8px 12px; font-size: 13px; margin-top: 10px; min-height: 40px; }
  #tooltip { position: fixed; pointer-events: none; background: rgba(20,20,20,0.88); color: white; font-size: 12px; padding: 6px 8px; border-radius: 4px; display: none; max-width: 360px; }
  #strategy { background: white; border: 1px solid #ddd; padding: 8px 12px; font-size: 13px; margin-top: 10px; }
  .offline { background: #fff3cd; padding: 6px 10px; font-size: 13px; border: 1px solid #e0c97f; margin-bottom: 8px; }
</style>
</head>
<body data-state="loading">
<header>
  <h1>Frontier workbench</h1>
  <label>Preset <select id="preset"></select></label>
  <label>Scenario file <input id="upload" type="file" accept=".json,application/json"></label>
  <button id="cancel" disabled>Cancel</button>
  <span id="status">Loading…</span>
</header>
<main>
  <section id="form" aria-label="Parameters"></section>
  <section id="results">
    <div id="offline"></div>
    <div class="cards" id="cards"></div>
    <div id="general-error" class="error"></div>
    <div id="legend" style="font-size:12px;margin:4px 0 6px">Markers: <span style="color:#d95f0e">◆ Nash</span> · <span style="color:#7570b3">■ Kalai–Smorodinsky</span> · <span style="color:#1b9e77">▲ egalitarian</span> · <span style="color:#e7298a">✚ utilitarian</span> · ○ actual agreement · □ no deal · shaded: zone of agreement</div>
    <div class="plots">
      <div class="plot" id="plot-utility"></div>
      <div class="plot" id="plot-domain"></div>
    </div>
    <div id="details">Point at a frontier package to read it; click to pin it here.</div>
    <div id="strategy"></div>
  </section>
</main>
<div id="tooltip"></div>
<script>
"use strict";
const REPORT = /*REPORT*/null;
const state = { scenario: null, report: null, controller: null, timer: null };
const $ = (id) => document.getElementById(id);

// What each parameter means, with its unit (the analyst guide's groups).
const GROUPS = [
  ["previousTotal", "The previous agreement"], ["recipient", "The recipient's utility (United States)"],
  ["host", "The host's utility (South Korea, Japan)"], ["noDeal", "No deal"], ["forecast", "Forecast"],
  ["bargaining", "Strategy: how the talks run"], ["linkedIssues", "Strategy: linked issues"], ["currency", "Currency"],
];
const DOCS = {
  "previousTotal": ["billions a year", "the previous agreement's yearly total: the model's unit"],
  "recipient.diminishingValue": ["per (amount/previous)²", "how fast the marginal unit loses value"],
  "recipient.demandIncrease": ["share (0.5 = +50%)", "the increase the recipient asked for: its reference point"],
  "recipient.headlineWeight": ["per unit of increase", "weight of the headline figure (a win)"],
  "recipient.lossAversion": ["ratio", "falling short of the reference hurts this many times more"],
  "recipient.renegotiationCost": ["previous totals per round", "cost of one round of talks (negative: talks as leverage)"],
  "recipient.boundedEscalationPreference": ["previous totals per year", "attitude to capped escalation"],
  "host.risingCost": ["per (amount/previous)²", "rising marginal cost of paying"],
  "host.firstYearBenchmark": ["share (0.074 = +7.4%)", "the first-year increase the host can justify"],
  "host.growthPenalty": ["per squared excess", "penalty on yearly amounts above the justifiable path"],
  "host.extraCategoryPenalty": ["per unit", "legal and political cost of extra (non-SOFA) items"],
  "host.renegotiationCost": ["previous totals per round", "cost of one round of talks"],
  "host.boundedEscalationPreference": ["previous totals per year", "attitude to capped escalation"],
  "host.ratification.midpointIncrease": ["share", "the term increase at which the Assembly is as likely to refuse as consent"],
  "host.ratification.slope": ["per unit of increase", "how sharply consent falls around the midpoint"],
  "noDeal.impasseYears": ["years", "how long an impasse lasts"],
  "forecast.discountRate": ["per year", "discount rate of present values"],
  "bargaining.periodMonths": ["months", "time between offers"],
  "bargaining.breakdownPerPeriod": ["probability", "chance the talks break down after a rejected offer"],
  "bargaining.delayCostPerYear.recipient": ["per year", "the recipient's cost of delay (discount rate)"],
  "bargaining.delayCostPerYear.host": ["per year", "the host's cost of delay (discount rate)"],
  "bargaining.waiting.probability": ["probability", "chance the later state arrives"],
  "bargaining.waiting.months": ["months", "months of no deal until it is known"],
  "currency.perUSD": ["units per US dollar", "exchange rate (report figures only)"],
};
function doc(path) {
  if (DOCS[path]) return DOCS[path];
  const generic = path.replace(/\[\d+\]/g, "[]");
  if (/noDeal\.consequences\[\]\.(recipient|host)CostPerYear/.test(generic)) return ["previous totals per year", "yearly cost of this consequence while it lasts"];
  if (/noDeal\.consequences\[\]\.probability/.test(generic)) return ["probability", "chance this consequence happens"];
  if (/moneyValue|retainedValue/.test(path)) return ["per unit of money", path.includes("retained") ? "share that stays in the host economy" : "value of a unit of this money"];
  if (/^forecast\.(cpi|defenseBudgetGrowth)/.test(path)) return ["share per year", "forecast rate for that year"];
  return ["", ""];
}

// Numeric leaves of the scenario, by JSON path (the grid's lists and the uncertainty section are left out).
function leaves(value, path, out) {
  if (typeof value === "number") { out.push([path, value]); return out; }
  if (Array.isArray(value)) { value.forEach((v, i) => leaves(v, path + "[" + i + "]", out)); return out; }
  if (value && typeof value === "object") {
    for (const k of Object.keys(value)) {
      if (path === "" && (k === "grid" || k === "uncertainty" || k === "notes")) continue;
      leaves(value[k], path === "" ? k : path + "." + k, out);
    }
  }
  return out;
}
function setPath(obj, path, v) {
  const steps = path.match(/[^.[\]]+/g);
  let o = obj;
  for (let i = 0; i < steps.length - 1; i++) o = o[/^\d+$/.test(steps[i]) ? Number(steps[i]) : steps[i]];
  const last = steps[steps.length - 1];
  o[/^\d+$/.test(last) ? Number(last) : last] = v;
}
function buildForm(scenario, readOnly) {
  const form = $("form");
  form.innerHTML = "";
  const all = leaves(scenario, "", []);
  const used = new Set();
  const group = (title, fields, open) => {
    const set = document.createElement("details");
    set.className = "group";
    set.open = open;
    set.innerHTML = "<summary></summary>";
    set.querySelector("summary").textContent = title + " (" + fields.length + ")";
    for (const [path, v] of fields) { used.add(path); set.appendChild(field(path, v, readOnly)); }
    form.appendChild(set);
  };
  let first = true;
  for (const [head, title] of GROUPS) {
    const fields = all.filter(([p]) => p === head || p.startsWith(head + ".") || p.startsWith(head + "["));
    if (!fields.length) continue;
    group(title, fields, first || head === "recipient");
    first = false;
  }
  const rest = all.filter(([p]) => !used.has(p));
  if (rest.length) group("Other", rest, false);
}
function field(path, v, readOnly) {
  const [unit, what] = doc(path);
  const label = document.createElement("label");
  label.className = "field";
  label.dataset.path = path;
  label.innerHTML = "<span class=name></span><input type=number step=any><small></small><span class=error></span>";
  label.querySelector(".name").textContent = path + (unit ? " (" + unit + ")" : "");
  label.querySelector("small").textContent = what;
  const input = label.querySelector("input");
  input.value = v;
  input.disabled = !!readOnly;
  input.addEventListener("change", () => {
    const x = Number(input.value);
    if (input.value.trim() === "" || !Number.isFinite(x)) { showFieldError(path, "must be a number"); return; }
    setPath(state.scenario, path, x);
    schedule();
  });
  return label;
}
function clearErrors() {
  document.querySelectorAll("label.field.invalid").forEach((l) => { l.classList.remove("invalid"); l.querySelector(".error").textContent = ""; });
  $("general-error").textContent = "";
}
function showFieldError(path, message) {
  clearErrors();
  const label = [...document.querySelectorAll("label.field")].find((l) => l.dataset.path === path);
  if (label) { label.classList.add("invalid"); label.querySelector(".error").textContent = message; label.scrollIntoView({ block: "nearest" }); }
  else $("general-error").textContent = (path ? path + ": " : "") + message;
  setStatus("Not analysed: " + (path ? path + ": " : "") + message, "error");
}
function setStatus(text, s) { $("status").textContent = text; document.body.dataset.state = s; }

function schedule() { clearTimeout(state.timer); state.timer = setTimeout(analyze, 250); }
async function analyze() {
  if (state.controller) state.controller.abort();
  const controller = new AbortController();
  state.controller = controller;
  $("cancel").disabled = false;
  setStatus("Analysing…", "busy");
  const started = performance.now();
  try {
    const post = (query) => fetch("api/analyze" + query, { method: "POST", body: JSON.stringify(state.scenario), signal: controller.signal,
                                                         headers: { "Content-Type": "application/json" } });
    // The analysis first (on screen within a second), then the strategy section, which reruns it
    // for every term and win-set.
    const r = await post("?strategy=0");
    const body = await r.json();
    if (!r.ok) { showFieldError(body.path || "", body.message || ("HTTP " + r.status)); return; }
    clearErrors();
    render(body);
    const hasStrategy = !!(state.scenario.bargaining || (state.scenario.linkedIssues || []).length);
    if (hasStrategy) {
      setStatus("Analysed in " + Math.round(performance.now() - started) + " ms; strategy…", "strategy");
      $("strategy").innerHTML = "<i>Computing the strategy section…</i>";
      const s = await post("");
      const full = await s.json();
      if (s.ok) renderStrategy(full.strategy, full.scenario.currency.code, full.scenario.partyNames);
    }
    setStatus("Analysed in " + Math.round(performance.now() - started) + " ms", "ready");
  } catch (e) {
    if (e.name === "AbortError") setStatus("Cancelled", "cancelled"); else setStatus("Failed: " + e.message, "error");
  } finally {
    if (state.controller === controller) { state.controller = null; $("cancel").disabled = true; }
  }
}

// Formatting.
const fmt = (x, d = 1) => x == null ? "—" : Number(x).toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
const pct = (x) => x == null ? "—" : (x >= 0 ? "+" : "") + (100 * x).toFixed(1) + "%";
function escapeHTML(s) { return String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c])); }
function describe(o, code, names) {
  const p = o.package;
  const term = p.duration === 1 ? "one year" : p.duration + " years, " + escalation(p.escalation);
  const parts = (o.amounts || []).filter((a) => a.cash + a.inKind > 1e-9)
    .map((a) => escapeHTML(a.category) + " " + [a.cash > 1e-9 ? fmt(a.cash) + " cash" : "", a.inKind > 1e-9 ? fmt(a.inKind) + " in kind" : ""].filter(Boolean).join(" + "));
  return "<b>" + fmt(p.firstYearTotal) + " bn " + escapeHTML(code) + "</b> first year (" + pct(o.firstYearIncrease) + "), " + escapeHTML(term)
    + "<br>" + parts.join("; ")
    + "<br>gains: " + escapeHTML(names.recipient) + " " + fmt(o.gains.recipient, 3) + ", " + escapeHTML(names.host) + " " + fmt(o.gains.host, 3)
    + "; ratification " + Math.round(100 * o.ratificationProbability) + "%";
}
function escalation(e) {
  if (!e || typeof e !== "object") return String(e);
  const k = Object.keys(e)[0], v = e[k] || {};
  if (k === "fixed") return "fixed " + pct(v.rate);
  return k + (v.cap != null ? ", cap " + (100 * v.cap).toFixed(0) + "%" : ", no cap");
}

// A small SVG chart.
function chart(el, title, xLabel, yLabel, xr, yr, draw) {
  const W = 620, H = 420, L = 64, R = 14, T = 30, B = 46;
  const pad = (r) => { const s = (r[1] - r[0]) || Math.max(1, Math.abs(r[0]) * 0.1); return [r[0] - 0.05 * s, r[1] + 0.05 * s]; };
  xr = pad(xr); yr = pad(yr);
  const sx = (x) => L + (x - xr[0]) / (xr[1] - xr[0]) * (W - L - R), sy = (y) => H - B - (y - yr[0]) / (yr[1] - yr[0]) * (H - T - B);
  const ticks = (r) => { const span = r[1] - r[0], step = Math.pow(10, Math.floor(Math.log10(span / 5))), m = [1, 2, 5, 10].find((m) => span / (m * step) <= 6) * step;
    const out = []; for (let v = Math.ceil(r[0] / m) * m; v <= r[1]; v += m) out.push(+v.toPrecision(12)); return out; };
  let s = `<svg viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg" font-size="11"><text x="${L}" y="18" font-size="13" font-weight="bold">${escapeHTML(title)}</text>`;
  for (const t of ticks(xr)) s += `<line x1="${sx(t)}" x2="${sx(t)}" y1="${T}" y2="${H - B}" stroke="#eee"/><text x="${sx(t)}" y="${H - B + 14}" text-anchor="middle">${fmt(t, Math.abs(t) < 10 ? 2 : 0)}</text>`;
  for (const t of ticks(yr)) s += `<line x1="${L}" x2="${W - R}" y1="${sy(t)}" y2="${sy(t)}" stroke="#eee"/><text x="${L - 4}" y="${sy(t) + 4}" text-anchor="end">${fmt(t, Math.abs(t) < 10 ? 2 : 0)}</text>`;
  s += `<rect x="${L}" y="${T}" width="${W - L - R}" height="${H - T - B}" fill="none" stroke="#333"/>`;
  s += `<text x="${(L + W - R) / 2}" y="${H - 10}" text-anchor="middle" font-size="12">${escapeHTML(xLabel)}</text>`;
  s += `<text transform="translate(14,${(T + H - B) / 2}) rotate(-90)" text-anchor="middle" font-size="12">${escapeHTML(yLabel)}</text>`;
  s += draw(sx, sy, xr, yr) + "</svg>";
  el.innerHTML = s;
}

const SOLUTIONS = [["nash", "Nash", "#d95f0e", "M0,-7 L6,0 L0,7 L-6,0 Z"], ["kalaiSmorodinsky", "Kalai–Smorodinsky", "#7570b3", "M-6,-6 H6 V6 H-6 Z"],
                   ["egalitarian", "egalitarian", "#1b9e77", "M0,-7 L6,5 L-6,5 Z"], ["utilitarian", "utilitarian", "#e7298a", "M-6,-2 H6 V2 H-6 Z M-2,-6 H2 V6 H-2 Z"]];
function render(report) {
  state.report = report;
  const sc = report.scenario, code = sc.currency.code, names = sc.partyNames, d = report.disagreement, F = report.frontier || [];
  const zone = report.zone || {};
  const nash = report.solutions && report.solutions.nash;
  $("cards").innerHTML =
    `<div class="card">Zone of agreement<b id="zone-count">${fmt(zone.count, 0)} packages</b>${zone.minimumTotal != null ? fmt(zone.minimumTotal) + "–" + fmt(zone.maximumTotal) + " bn " + escapeHTML(code) : "empty"}</div>`
    + `<div class="card">Nash solution<b id="nash-total">${nash ? fmt(nash.package.firstYearTotal) + " bn " + escapeHTML(code) : "none"}</b>${nash ? pct(nash.firstYearIncrease) + ", " + nash.package.duration + " years" : ""}</div>`
    + `<div class="card">Frontier<b id="frontier-count">${fmt(F.length, 0)} packages</b>of ${fmt(report.candidates, 0)} evaluated</div>`
    + (report.actual ? `<div class="card">Actual agreement<b>${fmt(report.actual.outcome.package.firstYearTotal)} bn ${escapeHTML(code)}</b>${escapeHTML(report.actual.label)}</div>` : "");
  const us = F.map((o) => o.utilities.recipient).concat([d.recipient]), kr = F.map((o) => o.utilities.host).concat([d.host]);
  const actual = report.actual && report.actual.outcome;
  if (actual) { us.push(actual.utilities.recipient); kr.push(actual.utilities.host); }
  chart($("plot-utility"), sc.title + ": utility space", names.recipient + " utility", names.host + " utility",
        [Math.min(...us), Math.max(...us)], [Math.min(...kr), Math.max(...kr)], (sx, sy, xr, yr) => {
    let g = `<rect x="${sx(Math.max(d.recipient, xr[0]))}" y="${sy(yr[1])}" width="${Math.max(0, sx(xr[1]) - sx(Math.max(d.recipient, xr[0])))}" height="${Math.max(0, sy(Math.max(d.host, yr[0])) - sy(yr[1]))}" fill="#2ca25f" fill-opacity="0.08"/>`;
    g += `<line x1="${sx(d.recipient)}" x2="${sx(d.recipient)}" y1="${sy(yr[0])}" y2="${sy(yr[1])}" stroke="#999" stroke-dasharray="4,3"/><line x1="${sx(xr[0])}" x2="${sx(xr[1])}" y1="${sy(d.host)}" y2="${sy(d.host)}" stroke="#999" stroke-dasharray="4,3"/>`;
    g += `<g class="frontier-points">` + F.map((o, i) => `<circle data-index="${i}" cx="${sx(o.utilities.recipient).toFixed(1)}" cy="${sy(o.utilities.host).toFixed(1)}" r="4" fill="#2c7fb8" fill-opacity="0.75"/>`).join("") + `</g>`;
    for (const [key, label, color, shape] of SOLUTIONS) {
      const o = report.solutions && report.solutions[key];
      if (o) g += `<path class="solution" data-solution="${key}" transform="translate(${sx(o.utilities.recipient)},${sy(o.utilities.host)})" d="${shape}" fill="${color}" stroke="black"><title>${label}</title></path>`;
    }
    if (actual) g += `<circle class="actual" cx="${sx(actual.utilities.recipient)}" cy="${sy(actual.utilities.host)}" r="7" fill="none" stroke="black" stroke-width="2"><title>actual agreement</title></circle>`;
    g += `<rect class="no-deal" x="${sx(d.recipient) - 5}" y="${sy(d.host) - 5}" width="10" height="10" fill="white" stroke="black"><title>no deal</title></rect>`;
    return g;
  });
  const totals = F.map((o) => o.package.firstYearTotal), gains = F.flatMap((o) => [o.gains.recipient, o.gains.host]);
  chart($("plot-domain"), "The frontier in domain terms", "first-year total (bn " + code + ")", "gain over no deal",
        [Math.min(...totals), Math.max(...totals)], [Math.min(0, ...gains), Math.max(0, ...gains)], (sx, sy) => {
    let g = `<line x1="${sx(Math.min(...totals))}" x2="${sx(Math.max(...totals))}" y1="${sy(0)}" y2="${sy(0)}" stroke="#999"/>`;
    g += `<g class="frontier-points">` + F.map((o, i) => `<circle data-index="${i}" cx="${sx(o.package.firstYearTotal).toFixed(1)}" cy="${sy(o.gains.recipient).toFixed(1)}" r="3.5" fill="#c0392b"/>`
      + `<rect data-index="${i}" x="${(sx(o.package.firstYearTotal) - 3).toFixed(1)}" y="${(sy(o.gains.host) - 3).toFixed(1)}" width="6" height="6" fill="#2c7fb8"/>`).join("") + `</g>`;
    g += `<text x="606" y="18" text-anchor="end" fill="#c0392b">● ${escapeHTML(names.recipient)}<tspan fill="#2c7fb8"> ■ ${escapeHTML(names.host)}</tspan></text>`;
    return g;
  });
  for (const el of document.querySelectorAll(".frontier-points [data-index]")) {
    const o = F[Number(el.dataset.index)];
    el.addEventListener("mousemove", (e) => { const t = $("tooltip"); t.innerHTML = describe(o, code, names); t.style.display = "block"; t.style.left = (e.clientX + 14) + "px"; t.style.top = (e.clientY + 10) + "px"; });
    el.addEventListener("mouseleave", () => { $("tooltip").style.display = "none"; });
    el.addEventListener("click", () => { $("details").innerHTML = "<b>Pinned frontier package</b><br>" + describe(o, code, names); });
  }
  renderStrategy(report.strategy, code, names);
  document.body.dataset.nash = nash ? String(nash.package.firstYearTotal) : "none";
}
function renderStrategy(s, code, names) {
  const el = $("strategy");
  if (!s) { el.innerHTML = "<i>No strategy inputs in this scenario (add a <code>bargaining</code> section or <code>linkedIssues</code>).</i>"; return; }
  let h = "<b>Strategy</b><ul>";
  if (s.alternatingOffers) h += `<li>Alternating offers: <span id="alternating-total">${fmt(s.alternatingOffers.package.firstYearTotal)}</span> bn ${escapeHTML(code)}, ${s.alternatingOffers.package.duration} years (limit power of ${escapeHTML(names.recipient)}: ${fmt(s.alternatingOffers.limitPower, 2)})</li>`;
  if (s.waiting) h += `<li>Waiting ${fmt(s.waiting.months, 0)} months for ${escapeHTML(s.waiting.later)}: ${escapeHTML(names.host)}'s break-even probability ${s.waiting.breakEvenProbability == null ? "none" : Math.round(100 * s.waiting.breakEvenProbability) + "%"}</li>`;
  if (s.terms) h += `<li>Terms: ${escapeHTML(names.recipient)} would choose ${s.terms.preferred.recipient ?? "—"} years, ${escapeHTML(names.host)} ${s.terms.preferred.host ?? "—"}; joint best ${s.terms.jointBest ?? "—"}</li>`;
  if (s.linkage) h += `<li>Linkage: ${s.linkage.frontierPoints.withoutLinkage} frontier points without, ${s.linkage.frontierPoints.withLinkage} with; ${s.linkage.zoneOpens ? "linkage opens the zone" : "zone points " + s.linkage.zonePoints.withoutLinkage + " → " + s.linkage.zonePoints.withLinkage}</li>`;
  if (s.winSet) h += `<li>Win-sets: ` + s.winSet.map((r) => (r.minimumProbability == null ? "as stated" : "P≥" + Math.round(100 * r.minimumProbability) + "%") + (r.electionYear ? " (election)" : "") + ": " + (r.nash ? fmt(r.nash.package.firstYearTotal) : "none")).join("; ") + "</li>";
  if (s.bothWin) h += `<li>Packages both sides can call a win: ${s.bothWin.count}</li>`;
  el.innerHTML = h + "</ul>";
}

async function loadPreset(name) {
  const r = await fetch("api/presets/" + encodeURIComponent(name));
  state.scenario = await r.json();
  buildForm(state.scenario, false);
  await analyze();
}
async function start() {
  $("cancel").addEventListener("click", () => { if (state.controller) state.controller.abort(); });
  if (REPORT) {
    $("offline").innerHTML = `<div class="offline">Offline report of <b>${escapeHTML(REPORT.scenario.name)}</b> (Frontier ${escapeHTML(REPORT.version)}). The plots are live; to change parameters, run <code>frontier serve</code>.</div>`;
    $("preset").closest("label").style.display = "none"; $("upload").closest("label").style.display = "none"; $("cancel").style.display = "none";
    state.scenario = REPORT.scenario;
    buildForm(REPORT.scenario, true);
    render(REPORT);
    setStatus("Report", "ready");
    return;
  }
  const presets = await (await fetch("api/presets")).json();
  const params = new URLSearchParams(location.search);
  const chosen = params.get("preset") || (presets.find((p) => p.default) || presets[0]).name;
  $("preset").innerHTML = presets.map((p) => `<option value="${escapeHTML(p.name)}"${p.name === chosen ? " selected" : ""}>${escapeHTML(p.name)}: ${escapeHTML(p.summary)}</option>`).join("");
  $("preset").addEventListener("change", () => loadPreset($("preset").value));
  $("upload").addEventListener("change", async () => {
    const f = $("upload").files[0];
    if (!f) return;
    try { state.scenario = JSON.parse(await f.text()); } catch (e) { showFieldError("", f.name + ": not valid JSON: " + e.message); return; }
    buildForm(state.scenario, false);
    analyze();
  });
  await loadPreset(chosen);
  // `?set=PATH=VALUE` changes one field after the first analysis, as a user would (for scripted checks).
  const set = params.get("set");
  if (set && set.includes("=")) {
    const [path, value] = [set.slice(0, set.indexOf("=")), set.slice(set.indexOf("=") + 1)];
    const label = [...document.querySelectorAll("label.field")].find((l) => l.dataset.path === path);
    if (label) { const input = label.querySelector("input"); input.value = value; input.dispatchEvent(new Event("change")); }
  }
}
start();
</script>
</body>
</html>
"""#
}
