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
  header label { max-width: 100%; min-width: 0; }
  @media (max-width: 900px) { header label { width: 100%; } header select { width: 100%; } }
  #form { background: white; border: 1px solid #ddd; padding: 8px 10px; max-height: calc(100vh - 90px); overflow-y: auto; overflow-x: hidden; min-width: 0; }
  @media (max-width: 900px) { #form { max-height: none; } }
  details.group { border: 1px solid #e3e3e3; margin: 6px 0 10px; padding: 4px 8px; min-width: 0; }
  details.group summary { font-weight: bold; font-size: 13px; cursor: pointer; }
  label.field { display: block; margin: 6px 0; font-size: 12px; }
  label.field span.name { font-family: monospace; display: block; overflow-wrap: anywhere; }
  label.field small { color: #666; display: block; }
  label.field input { width: 100%; box-sizing: border-box; }
  label.field.invalid input, label.field.invalid select { border: 2px solid #c0392b; background: #fdecea; }
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
  .panel { background: white; border: 1px solid #ddd; padding: 8px 12px; font-size: 13px; margin-top: 10px; min-width: 0; overflow-x: auto; }
  .panel .controls { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin: 4px 0 8px; }
  .panel .controls input[type=number] { width: 90px; }
  .panel .controls input[type=text] { width: 260px; max-width: 100%; box-sizing: border-box; }
  .panel .controls label { max-width: 100%; }
  .panel progress { width: 160px; }
  .panel table { border-collapse: collapse; font-size: 12px; margin: 6px 0; }
  .panel td, .panel th { border-bottom: 1px solid #eee; padding: 2px 8px; text-align: right; }
  .panel td:first-child, .panel th:first-child { text-align: left; }
  label.field select { width: 100%; box-sizing: border-box; }
  label.field .row { display: flex; gap: 4px; }
  label.field .row select { width: 40%; }
  label.field .row button { flex: none; }
  .add-row { display: flex; flex-wrap: wrap; gap: 4px; font-size: 12px; margin: 6px 0; }
  .add-row input { flex: 1 1 120px; min-width: 0; }
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
    <div class="panel" id="samples-panel">
      <b>Uncertainty: sampled analysis and tornado chart</b>
      <div class="controls">
        <label>draws <input id="sample-count" type="number" min="1" max="20000" value="500"></label>
        <label>seed <input id="sample-seed" type="number" min="0" value="1"></label>
        <button id="run-samples">Run samples</button>
        <progress id="sample-progress" max="1" value="0" hidden></progress>
        <span id="sample-status"></span>
      </div>
      <div id="sample-cards" class="cards"></div>
      <div class="plots"><div class="plot" id="plot-tornado"></div><div class="plot" id="plot-spread"></div></div>
    </div>
    <div class="panel" id="calibration-panel">
      <b>Calibration against the record</b> (fits free parameters to the actual agreements of SMA rounds; presets only)
      <div class="controls">
        <label>rounds <input id="cal-rounds" type="text" value="sma-2009, sma-2014, sma-2019, sma-2021, sma-2024"></label>
        <label>free parameters <input id="cal-free" type="text" placeholder="the default set (see the analyst guide)"></label>
        <label><input id="cal-loo" type="checkbox"> leave one out</label>
        <button id="run-calibration">Calibrate</button>
        <progress id="cal-progress" max="1" value="0" hidden></progress>
        <span id="cal-status"></span>
      </div>
      <div id="cal-result"></div>
    </div>
  </section>
</main>
<div id="tooltip"></div>
<script>
"use strict";
const REPORT = /*REPORT*/null;
const state = { scenario: null, report: null, controller: null, long: null, timer: null };
const $ = (id) => document.getElementById(id);

// What each parameter means, with its unit (the analyst guide's groups).
const GROUPS = [
  ["previousTotal", "The previous agreement"], ["recipient", "The recipient's utility (United States)"],
  ["host", "The host's utility (South Korea, Japan)"], ["noDeal", "No deal"], ["forecast", "Forecast"],
  ["bargaining", "Strategy: how the talks run"], ["linkedIssues", "Strategy: linked issues"], ["grid", "Packages considered (the grid)"],
  ["currency", "Currency"],
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
  "grid.totals.from": ["billions", "smallest first-year total considered"],
  "grid.totals.step": ["billions", "step between the first-year totals considered"],
  "grid.totals.through": ["billions", "largest first-year total considered"],
  "grid.durations": ["years", "the terms considered"],
  "grid.inKindShares": ["shares of the SOFA part", "in-kind shares considered"],
  "grid.extraShares": ["shares of the total", "non-SOFA (extra-category) shares considered"],
  "grid.maximumSize": ["packages", "the most packages the grid may hold (the model's limit)"],
  "grid.maximumBytes": ["bytes", "the most memory the grid may take"],
};
function doc(path) {
  if (DOCS[path]) return DOCS[path];
  const generic = path.replace(/\[\d+\]/g, "[]");
  if (/noDeal\.consequences\[\]\.(recipient|host)CostPerYear/.test(generic)) return ["previous totals per year", "yearly cost of this consequence while it lasts"];
  if (/noDeal\.consequences\[\]\.probability/.test(generic)) return ["probability", "chance this consequence happens"];
  if (/moneyValue|retainedValue/.test(path)) return ["per unit of money", path.includes("retained") ? "share that stays in the host economy" : "value of a unit of this money"];
  if (/^forecast\.(cpi|defenseBudgetGrowth)/.test(path)) return ["share per year", "forecast rate for that year"];
  if (/^grid\.coreSplits\[\]$/.test(generic)) return ["shares, one per SOFA category", "a split of the SOFA part considered"];
  if (/^grid\.extraSplits\[\]$/.test(generic)) return ["shares, one per extra category", "a split of the non-SOFA part considered"];
  if (/^grid\.escalations\[\]\.rate$/.test(generic)) return ["per year", "fixed escalation rate"];
  if (/^grid\.escalations\[\]\.cap$/.test(generic)) return ["per year", "cap on the indexed escalation"];
  if (/^grid\.escalations\[\]\.index$/.test(generic)) return ["", "what the escalation follows (fixed, CPI, defense budget)"];
  return ["", ""];
}

// The scenario's editable leaves, by JSON path: numbers, lists of numbers (one field, comma
// separated), and the grid's escalation indices (a choice). The uncertainty section has its own editor.
const ESCALATION_INDICES = ["fixed", "cpi", "defenseBudget"];
function leaves(value, path, out) {
  if (typeof value === "number") { out.push({ path, kind: "number", value }); return out; }
  if (Array.isArray(value)) {
    if (value.length && value.every((v) => typeof v === "number")) { out.push({ path, kind: "list", value }); return out; }
    value.forEach((v, i) => leaves(v, path + "[" + i + "]", out));
    return out;
  }
  if (typeof value === "string") {
    if (/^grid\.escalations\[\d+\]\.index$/.test(path)) out.push({ path, kind: "choice", value, options: ESCALATION_INDICES });
    return out;
  }
  if (value && typeof value === "object") {
    for (const k of Object.keys(value)) {
      if (path === "" && (k === "uncertainty" || k === "notes")) continue;
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
function numbers(text) {
  const parts = text.split(",").map((t) => t.trim()).filter((t) => t !== "");
  const xs = parts.map(Number);
  return xs.every(Number.isFinite) && parts.length ? xs : null;
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
    for (const leaf of fields) { used.add(leaf.path); set.appendChild(field(leaf, readOnly)); }
    form.appendChild(set);
    return set;
  };
  let first = true;
  for (const [head, title] of GROUPS) {
    const fields = all.filter(({ path: p }) => p === head || p.startsWith(head + ".") || p.startsWith(head + "["));
    if (!fields.length) continue;
    group(title, fields, first || head === "recipient");
    first = false;
  }
  const rest = all.filter(({ path: p }) => !used.has(p));
  if (rest.length) group("Other", rest, false);
  form.appendChild(uncertaintyEditor(scenario, readOnly));
}
function field(leaf, readOnly) {
  const { path, kind } = leaf;
  const [unit, what] = doc(path);
  const label = document.createElement("label");
  label.className = "field";
  label.dataset.path = path;
  const control = kind === "choice" ? "<select></select>" : kind === "list" ? "<input type=text>" : "<input type=number step=any>";
  label.innerHTML = "<span class=name></span>" + control + "<small></small><span class=error></span>";
  label.querySelector(".name").textContent = path + (unit ? " (" + unit + ")" : "") + (kind === "list" ? " — comma-separated" : "");
  label.querySelector("small").textContent = what;
  const input = label.querySelector("input, select");
  if (kind === "choice") input.innerHTML = leaf.options.map((o) => `<option${o === leaf.value ? " selected" : ""}>${escapeHTML(o)}</option>`).join("");
  else input.value = kind === "list" ? leaf.value.join(", ") : leaf.value;
  input.disabled = !!readOnly;
  input.addEventListener("change", () => {
    let v;
    if (kind === "choice") v = input.value;
    else if (kind === "list") { v = numbers(input.value); if (!v) { showFieldError(path, "must be numbers separated by commas"); return; } }
    else { v = Number(input.value); if (input.value.trim() === "" || !Number.isFinite(v)) { showFieldError(path, "must be a number"); return; } }
    setPath(state.scenario, path, v);
    schedule();
  });
  return label;
}

// The uncertainty section: one distribution per parameter path, for the sampled analysis.
const DISTRIBUTIONS = { uniform: ["low", "high"], triangular: ["low", "mode", "high"], normal: ["mean", "sd", "min", "max"] };
function distributionParts(d) {
  const kind = Object.keys(d)[0], v = d[kind];
  return [kind, kind === "normal" ? [v.mean, v.sd, v.min, v.max] : v];
}
function distribution(kind, xs) {
  if (!DISTRIBUTIONS[kind] || !xs || xs.length !== DISTRIBUTIONS[kind].length) return null;
  return kind === "normal" ? { normal: { mean: xs[0], sd: xs[1], min: xs[2], max: xs[3] } } : { [kind]: xs };
}
function uncertaintyEditor(scenario, readOnly) {
  const u = scenario.uncertainty || {};
  const set = document.createElement("details");
  set.className = "group";
  set.innerHTML = "<summary></summary><small>Distributions the sampled analysis draws from (values: " +
    Object.entries(DISTRIBUTIONS).map(([k, v]) => k + " " + v.join(", ")).join("; ") + ").</small>";
  set.querySelector("summary").textContent = "Uncertainty (" + Object.keys(u).length + ")";
  const row = (path, d) => {
    const [kind, xs] = distributionParts(d);
    const label = document.createElement("label");
    label.className = "field";
    label.dataset.path = "uncertainty." + path;
    label.innerHTML = "<span class=name></span><span class=row><select></select><input type=text><button type=button title=remove>×</button></span><small></small><span class=error></span>";
    label.querySelector(".name").textContent = path;
    label.querySelector("small").textContent = doc(path)[1] || "";
    const select = label.querySelector("select"), input = label.querySelector("input"), remove = label.querySelector("button");
    select.innerHTML = Object.keys(DISTRIBUTIONS).map((k) => `<option${k === kind ? " selected" : ""}>${k}</option>`).join("");
    input.value = xs.join(", ");
    [select, input, remove].forEach((c) => { c.disabled = !!readOnly; });
    const changed = () => {
      const d = distribution(select.value, numbers(input.value));
      if (!d) { showFieldError("uncertainty." + path, select.value + " needs " + DISTRIBUTIONS[select.value].join(", ")); return; }
      state.scenario.uncertainty[path] = d;
      schedule();
    };
    select.addEventListener("change", changed);
    input.addEventListener("change", changed);
    remove.addEventListener("click", () => { delete state.scenario.uncertainty[path]; label.remove(); schedule(); });
    return label;
  };
  for (const path of Object.keys(u).sort()) set.appendChild(row(path, u[path]));
  if (!readOnly) {
    const add = document.createElement("div");
    add.className = "add-row";
    add.innerHTML = "<input placeholder='parameter path, e.g. recipient.lossAversion'><select></select><input placeholder='values'><button type=button>Add</button>";
    const [pathInput, kindSelect, valuesInput] = add.querySelectorAll("input, select");
    kindSelect.innerHTML = Object.keys(DISTRIBUTIONS).map((k) => `<option>${k}</option>`).join("");
    add.querySelector("button").addEventListener("click", () => {
      const path = pathInput.value.trim(), d = distribution(kindSelect.value, numbers(valuesInput.value));
      if (!path || !d) { $("general-error").textContent = "uncertainty: give a parameter path and " + DISTRIBUTIONS[kindSelect.value].join(", "); return; }
      state.scenario.uncertainty = state.scenario.uncertainty || {};
      state.scenario.uncertainty[path] = d;
      set.insertBefore(row(path, d), add);
      pathInput.value = ""; valuesInput.value = "";
      schedule();
    });
    set.appendChild(add);
  }
  return set;
}
function clearErrors() {
  document.querySelectorAll("label.field.invalid").forEach((l) => { l.classList.remove("invalid"); l.querySelector(".error").textContent = ""; });
  $("general-error").textContent = "";
}
function showFieldError(path, message) {
  clearErrors();
  // The field whose path is the error's path, or the longest one it starts with (a list's field
  // holds "grid.durations[2]"; an uncertainty row holds its distribution's values).
  const quoted = path.replace(/\["([^"]*)"\]/g, ".$1");
  const fits = (p) => quoted === p || quoted.startsWith(p + ".") || quoted.startsWith(p + "[");
  const label = [...document.querySelectorAll("label.field")].filter((l) => fits(l.dataset.path))
    .sort((a, b) => b.dataset.path.length - a.dataset.path.length)[0];
  if (label) {
    const group = label.closest("details");
    if (group) group.open = true;
    label.classList.add("invalid"); label.querySelector(".error").textContent = message; label.scrollIntoView({ block: "nearest" });
  }
  else $("general-error").textContent = (path ? path + ": " : "") + message;
  setStatus("Not analysed: " + (path ? path + ": " : "") + message, "error");
}
function setStatus(text, s) { $("status").textContent = text; document.body.dataset.state = s; }

function schedule() { clearTimeout(state.timer); state.timer = setTimeout(analyze, 250); }
async function analyze() {
  if (state.controller) state.controller.abort();
  const controller = new AbortController();
  state.controller = controller;
  updateCancel();
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
    if (state.controller === controller) { state.controller = null; updateCancel(); }
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
function chart(el, title, xLabel, yLabel, xr, yr, draw, options = {}) {
  const W = 620, H = 420, L = 64, R = 14, T = 30, B = 46;
  const pad = (r) => { const s = (r[1] - r[0]) || Math.max(1, Math.abs(r[0]) * 0.1); return [r[0] - 0.05 * s, r[1] + 0.05 * s]; };
  xr = pad(xr); yr = pad(yr);
  const sx = (x) => L + (x - xr[0]) / (xr[1] - xr[0]) * (W - L - R), sy = (y) => H - B - (y - yr[0]) / (yr[1] - yr[0]) * (H - T - B);
  const ticks = (r) => { const span = r[1] - r[0], step = Math.pow(10, Math.floor(Math.log10(span / 5))), m = [1, 2, 5, 10].find((m) => span / (m * step) <= 6) * step;
    const out = []; for (let v = Math.ceil(r[0] / m) * m; v <= r[1]; v += m) out.push(+v.toPrecision(12)); return out; };
  let s = `<svg viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg" font-size="11"><text x="${L}" y="18" font-size="13" font-weight="bold">${escapeHTML(title)}</text>`;
  const tick = options.xTick || ((t) => fmt(t, Number.isInteger(t) || Math.abs(t) >= 10 ? 0 : 2));
  for (const t of ticks(xr)) s += `<line x1="${sx(t)}" x2="${sx(t)}" y1="${T}" y2="${H - B}" stroke="#eee"/><text x="${sx(t)}" y="${H - B + 14}" text-anchor="middle">${tick(t)}</text>`;
  if (!options.noYTicks) for (const t of ticks(yr)) s += `<line x1="${L}" x2="${W - R}" y1="${sy(t)}" y2="${sy(t)}" stroke="#eee"/><text x="${L - 4}" y="${sy(t) + 4}" text-anchor="end">${fmt(t, Math.abs(t) < 10 ? 2 : 0)}</text>`;
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
  el.innerHTML = h + "</ul><div class='plots'><div class='plot' id='plot-patience'></div><div class='plot' id='plot-terms'></div><div class='plot' id='plot-winset'></div></div>";
  drawPatience($("plot-patience"), s.patience, code, names);
  drawTerms($("plot-terms"), s.terms, names);
  drawWinSet($("plot-winset"), s.winSet, code);
}
const total = (a) => a && a.package ? a.package.firstYearTotal : null;
// The alternating-offers agreement as one side's cost of delay is scaled (log scale, ×¼ … ×4).
function drawPatience(el, p, code, names) {
  if (!p || !p.rows || !p.rows.length) { el.style.display = "none"; return; }
  const series = [["recipient", "#c0392b"], ["host", "#2c7fb8"]].map(([party, color]) =>
    [party, color, p.rows.filter((r) => r.party === party && total(r.agreement) != null).map((r) => [Math.log2(r.factor), total(r.agreement), r.factor])]);
  const xs = p.rows.map((r) => Math.log2(r.factor)), ys = series.flatMap((q) => q[2].map((v) => v[1])).concat(total(p.equalPatience) != null ? [total(p.equalPatience)] : []);
  if (!ys.length) { el.style.display = "none"; return; }
  chart(el, "Delay: the alternating-offers agreement as patience varies", "one side's cost of delay, as a multiple of its stated value", "first-year total (bn " + code + ")",
        [Math.min(...xs), Math.max(...xs)], [Math.min(...ys), Math.max(...ys)], (sx, sy, xr) => {
    let g = total(p.equalPatience) != null ? `<line x1="${sx(xr[0])}" x2="${sx(xr[1])}" y1="${sy(total(p.equalPatience))}" y2="${sy(total(p.equalPatience))}" stroke="#999" stroke-dasharray="4,3"/><text x="${sx(xr[1]) - 4}" y="${sy(total(p.equalPatience)) - 4}" text-anchor="end" fill="#666">equal patience</text>` : "";
    for (const [party, color, pts] of series) {
      if (!pts.length) continue;
      g += `<polyline class="patience-${party}" fill="none" stroke="${color}" stroke-width="2" points="${pts.map(([x, y]) => sx(x).toFixed(1) + "," + sy(y).toFixed(1)).join(" ")}"/>`;
      g += pts.map(([x, y, f]) => `<circle cx="${sx(x)}" cy="${sy(y)}" r="3" fill="${color}"><title>${escapeHTML(names[party])} ×${f}: ${fmt(y)}</title></circle>`).join("");
    }
    return g + `<text x="600" y="46" text-anchor="end"><tspan fill="#c0392b">— ${escapeHTML(names.recipient)}'s cost scaled</tspan><tspan fill="#2c7fb8"> — ${escapeHTML(names.host)}'s</tspan></text>`;
  }, { xTick: (t) => "×" + (t >= 0 ? String(Math.pow(2, t)) : "1/" + Math.pow(2, -t)) });
}
// Each side's gain per year from the term-restricted agreement, by term.
function drawTerms(el, t, names) {
  if (!t || !t.rows || !t.rows.length) { el.style.display = "none"; return; }
  const rows = t.rows.filter((r) => r.gains);
  const ys = rows.flatMap((r) => [r.gains.recipient, r.gains.host, r.jointGain]);
  if (!ys.length) { el.style.display = "none"; return; }
  const ds = rows.map((r) => r.duration);
  chart(el, "Terms: gains over the horizon by term (" + t.horizonYears + " years)", "term (years)", "gain over no deal",
        [Math.min(...ds) - 0.5, Math.max(...ds) + 0.5], [Math.min(0, ...ys), Math.max(0, ...ys)], (sx, sy) =>
    `<line x1="${sx(Math.min(...ds) - 0.5)}" x2="${sx(Math.max(...ds) + 0.5)}" y1="${sy(0)}" y2="${sy(0)}" stroke="#999"/>` +
    rows.map((r) => {
      const x = sx(r.duration), bar = (dx, v, color, what) => `<rect class="term-bar" x="${x + dx}" y="${Math.min(sy(v), sy(0))}" width="12" height="${Math.abs(sy(v) - sy(0))}" fill="${color}"><title>${r.duration} years: ${what} ${fmt(v, 3)}</title></rect>`;
      return bar(-19, r.gains.recipient, "#c0392b", escapeHTML(names.recipient)) + bar(-6, r.gains.host, "#2c7fb8", escapeHTML(names.host)) + bar(7, r.jointGain, "#777", "joint")
        + (r.duration === t.jointBest ? `<text x="${x}" y="${sy(Math.max(0, ...ys)) - 2}" text-anchor="middle">joint best</text>` : "");
    }).join("") + `<text x="600" y="46" text-anchor="end"><tspan fill="#c0392b">■ ${escapeHTML(names.recipient)}</tspan><tspan fill="#2c7fb8"> ■ ${escapeHTML(names.host)}</tspan><tspan fill="#777"> ■ joint</tspan></text>`);
}
// The Nash agreement when only packages ratified with probability ≥ P count, normal and election year.
function drawWinSet(el, w, code) {
  if (!w || !w.length) { el.style.display = "none"; return; }
  const rows = w.filter((r) => r.minimumProbability != null);
  const pts = (e) => rows.filter((r) => !!r.electionYear === e && total(r.nash) != null).map((r) => [r.minimumProbability, total(r.nash)]);
  const all = pts(false).concat(pts(true));
  if (!all.length) { el.style.display = "none"; return; }
  chart(el, "Win-sets: Nash agreement by required ratification probability", "minimum ratification probability", "first-year total (bn " + code + ")",
        [Math.min(...rows.map((r) => r.minimumProbability)), Math.max(...rows.map((r) => r.minimumProbability))],
        [Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[1]))], (sx, sy) =>
    [[false, "#1b9e77", "normal year"], [true, "#7570b3", "election year"]].map(([e, color, label]) => {
      const q = pts(e);
      return q.length ? `<polyline fill="none" stroke="${color}" stroke-width="2" points="${q.map(([x, y]) => sx(x).toFixed(1) + "," + sy(y).toFixed(1)).join(" ")}"/>`
        + q.map(([x, y]) => `<circle cx="${sx(x)}" cy="${sy(y)}" r="3" fill="${color}"><title>${label}, P ≥ ${Math.round(100 * x)}%: ${fmt(y)}</title></circle>`).join("") : "";
    }).join("") + `<text x="600" y="46" text-anchor="end"><tspan fill="#1b9e77">— normal year</tspan><tspan fill="#7570b3"> — election year</tspan></text>`);
}

// Long runs (samples, calibration): NDJSON progress lines, then {"report": …} or {"error": …}.
// `?buffered=1` on the page asks the server for the same lines in one body at the end (scripted
// checks in a headless browser, whose virtual clock does not wait for a stream).
const BUFFERED = new URLSearchParams(location.search).get("buffered") === "1" ? "&buffered=1" : "";
function updateCancel() { $("cancel").disabled = !state.controller && !state.long; }
async function longRun(url, body, bar, status) {
  if (state.long) state.long.abort();
  const controller = new AbortController();
  state.long = controller;
  updateCancel();
  bar.hidden = false; bar.value = 0;
  status.textContent = "starting…";
  try {
    const r = await fetch(url, { method: "POST", body, signal: controller.signal, headers: { "Content-Type": "application/json" } });
    if (!r.ok) { const e = await r.json(); throw Object.assign(new Error(e.message || ("HTTP " + r.status)), { path: e.path }); }
    const reader = r.body.getReader(), decoder = new TextDecoder();
    let buffer = "", report = null;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, cut).trim();
        buffer = buffer.slice(cut + 1);
        if (!line) continue;
        const m = JSON.parse(line);
        if (m.progress != null) { bar.value = m.progress; status.textContent = Math.round(100 * m.progress) + "% · " + m.stage; }
        else if (m.report) report = m.report;
        else if (m.error) throw Object.assign(new Error(m.error.message), { path: m.error.path });
      }
    }
    if (!report) throw new Error("the stream ended without a report");
    return report;
  } finally {
    bar.hidden = true;
    if (state.long === controller) { state.long = null; updateCancel(); }
  }
}
async function runSamples() {
  const status = $("sample-status"), started = performance.now();
  try {
    const count = Number($("sample-count").value), seed = Number($("sample-seed").value);
    const report = await longRun("api/samples?count=" + encodeURIComponent(count) + "&seed=" + encodeURIComponent(seed) + BUFFERED,
                                 JSON.stringify(state.scenario), $("sample-progress"), status);
    renderSamples(report.samples, report.scenario.currency.code);
    status.textContent = fmt(report.samples.count, 0) + " draws in " + Math.round(performance.now() - started) + " ms";
    document.body.dataset.samples = String(report.samples.count);
  } catch (e) {
    if (e.name === "AbortError") { status.textContent = "Cancelled"; document.body.dataset.samples = "cancelled"; }
    else if (e.path != null && e.path !== "" && e.path !== "count") { status.textContent = "Failed"; showFieldError(e.path, e.message); }
    else status.textContent = "Failed: " + e.message;
  }
}
function renderSamples(m, code) {
  if (!m) return;
  const nash = m.solutions && m.solutions.nash && m.solutions.nash.firstYearTotal;
  $("sample-cards").innerHTML =
    `<div class="card">Zone of agreement exists<b id="zone-probability">${Math.round(100 * m.zoneProbability)}% of draws</b>${fmt(m.count, 0)} draws, seed ${m.seed}</div>`
    + (nash ? `<div class="card">Nash first-year total<b>${fmt(nash.p50)} bn ${escapeHTML(code)}</b>90% range ${fmt(nash.p5)}–${fmt(nash.p95)}</div>` : "")
    + (m.actualDominatedProbability != null ? `<div class="card">Actual agreement dominated<b>${Math.round(100 * m.actualDominatedProbability)}% of draws</b>by a frontier package</div>` : "")
    + `<div class="card">Robust frontier<b>${fmt(m.robustFrontier.length, 0)} packages</b>on the frontier in ≥ ${Math.round(100 * m.robustThreshold)}% of draws</div>`;
  drawTornado($("plot-tornado"), m, code);
  drawSpread($("plot-spread"), m, code);
}
// The tornado chart: each uncertain parameter from its 5th to its 95th percentile, the others at
// their medians; the bar spans the Nash first-year totals at the two ends.
function drawTornado(el, m, code) {
  const bars = m.tornado.slice(0, 14), base = m.tornadoBaseline.nashTotal;
  const values = bars.flatMap((b) => [b.low.nashTotal, b.high.nashTotal]).concat([base]).filter((x) => x != null);
  if (!values.length) { el.innerHTML = "<p style='padding:8px'>No zone of agreement at the medians or the ends: no tornado to draw.</p>"; return; }
  const W = 620, rowH = 24, L = 250, R = 16, T = 34, H = T + rowH * bars.length + 40;
  let lo = Math.min(...values), hi = Math.max(...values);
  const span = (hi - lo) || Math.max(1, Math.abs(hi) * 0.05); lo -= 0.05 * span; hi += 0.05 * span;
  const sx = (x) => L + (x - lo) / (hi - lo) * (W - L - R);
  let g = `<svg viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg" font-size="11"><text x="8" y="18" font-size="13" font-weight="bold">Tornado: Nash first-year total (bn ${escapeHTML(code)}), 5th → 95th percentile</text>`;
  if (base != null) g += `<line x1="${sx(base)}" x2="${sx(base)}" y1="${T - 6}" y2="${T + rowH * bars.length}" stroke="#333" stroke-dasharray="3,3"/><text x="${sx(base)}" y="${T - 8}" text-anchor="middle">medians: ${fmt(base)}</text>`;
  bars.forEach((b, i) => {
    const y = T + i * rowH, a = b.low.nashTotal, c = b.high.nashTotal;
    g += `<text x="${L - 6}" y="${y + 15}" text-anchor="end">${escapeHTML(b.path)}${b.zoneFlips ? " †" : ""}</text>`;
    if (a != null && c != null) {
      g += `<rect class="tornado-bar" data-path="${escapeHTML(b.path)}" x="${Math.min(sx(a), sx(c))}" y="${y + 4}" width="${Math.max(1, Math.abs(sx(c) - sx(a)))}" height="${rowH - 8}" fill="#9ecae1"><title>${escapeHTML(b.path)}: ${fmt(b.low.value, 3)} → ${fmt(a)}, ${fmt(b.high.value, 3)} → ${fmt(c)}</title></rect>`;
      g += `<circle cx="${sx(a)}" cy="${y + rowH / 2}" r="3.5" fill="#2c7fb8"/><circle cx="${sx(c)}" cy="${y + rowH / 2}" r="3.5" fill="#d95f0e"/>`;
    } else {
      const x = a ?? c;
      if (x != null) g += `<circle cx="${sx(x)}" cy="${y + rowH / 2}" r="4" fill="${a != null ? "#2c7fb8" : "#d95f0e"}"/>`;
      g += `<text x="${W - R}" y="${y + 15}" text-anchor="end" fill="#c0392b">no zone at the ${a == null ? "5th" : "95th"}</text>`;
    }
  });
  const yA = T + rowH * bars.length + 16;
  g += `<text x="${L}" y="${yA}">${fmt(lo)}</text><text x="${W - R}" y="${yA}" text-anchor="end">${fmt(hi)}</text>`;
  g += `<text x="${L}" y="${yA + 16}"><tspan fill="#2c7fb8">● at the 5th percentile</tspan>  <tspan fill="#d95f0e">● at the 95th</tspan>  † the zone appears or vanishes</text></svg>`;
  el.innerHTML = g;
}
// Each solution's first-year total over the draws: the 5th–95th percentile range and the median.
function drawSpread(el, m, code) {
  const rows = SOLUTIONS.map(([key, label, color]) => [label, color, m.solutions[key] && m.solutions[key].firstYearTotal, m.solutions[key] ? m.solutions[key].draws : 0]);
  const xs = rows.flatMap((r) => r[2] ? [r[2].p5, r[2].p95] : []);
  if (!xs.length) { el.innerHTML = "<p style='padding:8px'>No draw has a zone of agreement.</p>"; return; }
  chart(el, "Solutions over the draws (5th, 50th, 95th percentile)", "first-year total (bn " + code + ")", "", [Math.min(...xs), Math.max(...xs)], [0, rows.length + 1], (sx, sy) =>
    rows.map(([label, color, p, draws], i) => {
      const y = sy(rows.length - i);
      if (!p) return `<text x="${sx(Math.min(...xs))}" y="${y + 4}">${escapeHTML(label)}: no draw</text>`;
      return `<line x1="${sx(p.p5)}" x2="${sx(p.p95)}" y1="${y}" y2="${y}" stroke="${color}" stroke-width="6" stroke-opacity="0.5"/>`
        + `<circle cx="${sx(p.p50)}" cy="${y}" r="5" fill="${color}" stroke="black"/>`
        + `<text x="${Math.min(Math.max(sx(p.p50), 170), 470)}" y="${y - 9}" text-anchor="middle">${escapeHTML(label)} ${fmt(p.p50)} (${fmt(draws, 0)} draws)</text>`;
    }).join(""), { noYTicks: true });
}
async function runCalibration() {
  const status = $("cal-status"), started = performance.now();
  const list = (id) => $(id).value.split(",").map((t) => t.trim()).filter(Boolean);
  const plan = { rounds: list("cal-rounds").map((preset) => ({ preset })), leaveOneOut: $("cal-loo").checked };
  if (list("cal-free").length) plan.free = list("cal-free");
  try {
    const report = await longRun("api/calibrate?" + BUFFERED.slice(1), JSON.stringify(plan), $("cal-progress"), status);
    renderCalibration(report);
    status.textContent = "Calibrated in " + Math.round(performance.now() - started) + " ms";
    document.body.dataset.calibration = "done";
  } catch (e) {
    status.textContent = e.name === "AbortError" ? "Cancelled" : "Failed: " + (e.path ? e.path + ": " : "") + e.message;
  }
}
function renderCalibration(c) {
  const pctE = (x) => x == null ? "—" : (100 * x).toFixed(1) + "%";
  let h = `<p>${escapeHTML(c.solution)} at τ = ${c.temperature}; ${c.iterations} iterations, ${c.converged ? "converged" : "not converged"}.</p>`;
  h += "<table><tr><th>parameter</th><th>fitted</th><th>standard error</th></tr>" + c.parameters.map((p) =>
    `<tr><td>${escapeHTML(p.path)}</td><td>${fmt(p.value, 4)}</td><td>${p.identified ? (p.standardError == null ? "—" : fmt(p.standardError, 4)) : "not identified"}</td></tr>`).join("") + "</table>";
  h += "<table id='cal-rounds-table'><tr><th>round</th><th>actual</th><th>fitted</th><th>held out</th><th>persistence</th><th>regression</th></tr>" + c.rounds.map((r) =>
    `<tr><td>${escapeHTML(r.preset)}</td><td>${fmt(r.actual.firstYearTotal)}</td><td>${r.fitted ? fmt(r.fitted.firstYearTotal) : "—"}</td><td>${r.heldOut ? fmt(r.heldOut.firstYearTotal) : "—"}</td><td>${fmt(r.persistence.firstYearTotal)}</td><td>${fmt(r.regression.firstYearTotal)}</td></tr>`).join("") + "</table>";
  const e = c.errors;
  h += `<p>Root mean squared error relative to the previous total: fitted ${pctE(e.fitted)}, held out ${pctE(e.heldOut)}, persistence ${pctE(e.persistence)}, regression ${pctE(e.regression)}. `
    + (e.heldOut != null && e.heldOut > e.persistence ? "The model held out does worse than persistence." : "") + "</p>";
  $("cal-result").innerHTML = h + `<div class="plot" id="plot-calibration"></div>`;
  const pairs = c.rounds.filter((r) => r.fitted).map((r) => [r.actual.firstYearTotal, (r.heldOut || r.fitted).firstYearTotal, r.preset]);
  if (!pairs.length) return;
  const all = pairs.flatMap((p) => [p[0], p[1]]), lo = Math.min(...all), hi = Math.max(...all);
  chart($("plot-calibration"), c.rounds.some((r) => r.heldOut) ? "Held-out prediction vs actual" : "Fitted vs actual (in sample)", "actual first-year total", "predicted", [lo, hi], [lo, hi], (sx, sy) =>
    `<line x1="${sx(lo)}" y1="${sy(lo)}" x2="${sx(hi)}" y2="${sy(hi)}" stroke="#999" stroke-dasharray="4,3"/>`
    + pairs.map(([a, f, name]) => `<circle cx="${sx(a)}" cy="${sy(f)}" r="5" fill="#2c7fb8"><title>${escapeHTML(name)}: actual ${fmt(a)}, predicted ${fmt(f)}</title></circle><text x="${sx(a) + 7}" y="${sy(f) + 4}">${escapeHTML(name)}</text>`).join(""));
}

async function loadPreset(name) {
  const r = await fetch("api/presets/" + encodeURIComponent(name));
  state.scenario = await r.json();
  buildForm(state.scenario, false);
  await analyze();
}
async function start() {
  $("cancel").addEventListener("click", () => { if (state.controller) state.controller.abort(); if (state.long) state.long.abort(); });
  $("run-samples").addEventListener("click", runSamples);
  $("run-calibration").addEventListener("click", runCalibration);
  if (REPORT) {
    $("offline").innerHTML = `<div class="offline">Offline report of <b>${escapeHTML(REPORT.scenario.name)}</b> (Frontier ${escapeHTML(REPORT.version)}). The plots are live; to change parameters, run <code>frontier serve</code>.</div>`;
    $("preset").closest("label").style.display = "none"; $("upload").closest("label").style.display = "none"; $("cancel").style.display = "none";
    state.scenario = REPORT.scenario;
    buildForm(REPORT.scenario, true);
    render(REPORT);
    $("calibration-panel").style.display = "none";
    if (REPORT.samples) { $("sample-status").textContent = "from the report"; renderSamples(REPORT.samples, REPORT.scenario.currency.code); }
    else $("samples-panel").style.display = "none";
    $("samples-panel").querySelector(".controls").style.display = "none";
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
  // `?samples=N` and `?calibrate=FREE` (`default` for the default set) start the long runs as the buttons do.
  if (params.get("samples")) { $("sample-count").value = params.get("samples"); await runSamples(); }
  if (params.get("calibrate")) {
    if (params.get("calibrate") !== "default") $("cal-free").value = params.get("calibrate");
    if (params.get("rounds")) $("cal-rounds").value = params.get("rounds");
    await runCalibration();
  }
}
start();
</script>
</body>
</html>
"""#
}
