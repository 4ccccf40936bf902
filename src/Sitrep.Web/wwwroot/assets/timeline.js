// Events over time: draws #timeline-chart from the JSON at its data-src. Bars are events per day (left axis);
// the line is the daily mean PLOVER conflict-cooperation score of the chosen dyad (right axis, -10..+10).
// Clicking a day opens the timeline filtered to that day. Built with createElementNS/textContent only.
"use strict";
(() => {
  const WIDTH = 960, HEIGHT = 300;
  const LEFT = 48, RIGHT = 48, TOP = 16, BOTTOM = 44;
  const DAY_MS = 86400000;

  const container = document.getElementById("timeline-chart");
  if (!container || !container.dataset.src) return;

  const el = (name, attrs, parent) => SitrepSvg.el(name, attrs, parent);
  const say = (text) => SitrepSvg.say(container, text);
  const isDay = (s) => typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s);
  const toTime = (day) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
  const toDay = (time) => new Date(time).toISOString().slice(0, 10);
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const shortDate = (day) => `${+day.slice(8, 10)} ${MONTHS[+day.slice(5, 7) - 1]}`;
  const fmt = (x) => (x > 0 ? "+" : x < 0 ? "\u2212" : "") + Math.abs(x).toFixed(1);

  // The chart's own filters (actor, recipient, type, outlet, hedged) carry over; the day replaces from/to.
  const dayLink = (day) => {
    const query = new URLSearchParams();
    const src = new URL(container.dataset.src, location.href).searchParams;
    for (const k of ["actor", "recipient", "type", "outlet", "hedged", "document"]) if (src.get(k)) query.set(k, src.get(k));
    query.set("from", day);
    query.set("to", day);
    return "/timeline?" + query.toString();
  };

  // Round axis steps: 1, 2, 5, 10, 20, 50...
  const niceStep = (max, ticks) => {
    const raw = Math.max(max, 1) / ticks, power = 10 ** Math.floor(Math.log10(raw));
    for (const m of [1, 2, 5, 10]) if (m * power >= raw) return Math.max(1, m * power);
    return 10 * power;
  };

  // Round tick intervals in days.
  const niceDays = (raw) => [1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826, 3652].find((d) => d >= raw) || 3652;

  // The horizontal scale. Every calendar day of a stretch of reporting gets an equal slot, so quiet days show as
  // gaps; but a silence longer than GAP_DAYS (a treaty from 1961 beside a 2024 war) is collapsed to a narrow break,
  // or the recent days would shrink to nothing.
  const GAP_DAYS = 45;
  const dayScale = (times, width) => {
    const sorted = [...new Set(times)].sort((a, b) => a - b);
    const segments = [];
    for (const t of sorted) {
      const current = segments[segments.length - 1];
      if (current && (t - current.end) / DAY_MS <= GAP_DAYS) current.end = t;
      else segments.push({ start: t, end: t });
    }
    const days = segments.reduce((sum, s) => sum + Math.round((s.end - s.start) / DAY_MS) + 1, 0);
    const gapWidth = segments.length > 1 ? Math.min(24, (width * 0.3) / (segments.length - 1)) : 0;
    const slot = (width - gapWidth * (segments.length - 1)) / days;
    const gaps = [];
    let x = 0;
    segments.forEach((s, i) => {
      if (i > 0) {
        gaps.push({ x, width: gapWidth, days: Math.round((s.start - segments[i - 1].end) / DAY_MS) - 1 });
        x += gapWidth;
      }
      s.x = x;
      x += (Math.round((s.end - s.start) / DAY_MS) + 1) * slot;
    });
    const at = (t) => {
      let segment = segments[0];
      for (const s of segments) if (s.start <= t) segment = s;
      return segment.x + Math.max(0, Math.round((t - segment.start) / DAY_MS)) * slot;
    };
    return { x: at, slot, segments, gaps, days };
  };

  const draw = (data) => {
    const perDay = (data.days || []).filter((d) => isDay(d.day));
    const scores = (data.scores || []).filter((d) => isDay(d.day) && Number.isFinite(Number(d.score)));
    if (perDay.length === 0) { say("No dated events match these filters, so there is nothing to chart."); return; }

    const times = perDay.map((d) => toTime(d.day)).concat(scores.map((d) => toTime(d.day)));
    const first = Math.min(...times), last = Math.max(...times);
    const plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
    const scale = dayScale(times, plotW);
    const slot = scale.slot;
    const xOf = (day) => LEFT + scale.x(toTime(day));
    const maxCount = Math.max(...perDay.map((d) => Number(d.events) || 0), 1);
    const step = niceStep(maxCount, 4), top = Math.ceil(maxCount / step) * step;
    const yCount = (c) => TOP + plotH - (c / top) * plotH;
    const yScore = (s) => TOP + plotH / 2 - (Math.max(-10, Math.min(10, s)) / 10) * (plotH / 2);

    const svg = el("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: "100%", role: "img", class: "timeline-svg" });
    const total = perDay.reduce((sum, d) => sum + (Number(d.events) || 0), 0);
    el("title", {}, svg).textContent = `${total} events on ${perDay.length} days from ${toDay(first)} to ${toDay(last)}`;

    // Left axis: events per day, with light grid lines.
    const axes = el("g", { class: "axes", "font-size": 11, fill: "#444" }, svg);
    for (let c = 0; c <= top; c += step) {
      el("line", { x1: LEFT, x2: WIDTH - RIGHT, y1: yCount(c), y2: yCount(c), stroke: "#e3e3e3" }, axes);
      el("text", { x: LEFT - 6, y: yCount(c) + 4, "text-anchor": "end" }, axes).textContent = String(c);
    }
    el("text", { x: 12, y: TOP + plotH / 2, "text-anchor": "middle", transform: `rotate(-90 12 ${TOP + plotH / 2})` }, axes).textContent = "events per day";

    // Bottom axis: a labelled tick at the start of each stretch and at round intervals inside it; the year is
    // shown on the first label and whenever it changes. Collapsed silences are marked with a break.
    const every = niceDays(scale.days / 8);
    let lastLabelX = -Infinity, lastYear = null;
    const tick = (time, forced) => {
      const x = LEFT + scale.x(time) + slot / 2;
      if (x - lastLabelX < (forced ? 44 : 70)) return;
      const day = toDay(time), year = day.slice(0, 4);
      el("line", { x1: x, x2: x, y1: TOP + plotH, y2: TOP + plotH + 4, stroke: "#444" }, axes);
      el("text", { x, y: TOP + plotH + 17, "text-anchor": "middle" }, axes).textContent = shortDate(day);
      if (year !== lastYear) el("text", { x, y: TOP + plotH + 31, "text-anchor": "middle", "font-weight": 600 }, axes).textContent = year;
      lastLabelX = x;
      lastYear = year;
    };
    for (const segment of scale.segments) {
      tick(segment.start, true);
      for (let t = segment.start + every * DAY_MS; t <= segment.end; t += every * DAY_MS) tick(t, false);
    }
    el("line", { x1: LEFT, x2: WIDTH - RIGHT, y1: TOP + plotH, y2: TOP + plotH, stroke: "#444" }, axes);
    for (const gap of scale.gaps) {
      const g = el("g", { class: "gap" }, axes);
      el("rect", { x: LEFT + gap.x, y: TOP, width: gap.width, height: plotH + 6, fill: "#f1f1f1" }, g);
      for (const dx of [gap.width / 2 - 3, gap.width / 2 + 3])
        el("line", { x1: LEFT + gap.x + dx - 3, x2: LEFT + gap.x + dx + 3, y1: TOP + plotH + 6, y2: TOP + plotH - 6, stroke: "#777" }, g);
      el("title", {}, g).textContent = `${gap.days} days without events left out`;
    }

    // Bars: each is a link to that day's events.
    const bars = el("g", { class: "bars" }, svg);
    const barW = Math.max(2, slot * 0.8);
    for (const d of perDay) {
      const count = Number(d.events) || 0;
      const link = el("a", { href: dayLink(d.day), class: "day", "data-day": d.day }, bars);
      const label = `${d.day}: ${count} event${count === 1 ? "" : "s"}`;
      link.setAttribute("aria-label", label);
      // A full-height transparent target keeps days with one event easy to click.
      el("rect", { x: xOf(d.day), y: TOP, width: Math.max(slot, 4), height: plotH, fill: "transparent" }, link);
      el("title", {}, el("rect", { x: xOf(d.day) + (slot - barW) / 2, y: yCount(count), width: barW, height: Math.max(1, TOP + plotH - yCount(count)), fill: "#5b7fa6" }, link)).textContent = label;
    }

    // Right axis and line: the dyad's daily score, when the chart is for a dyad.
    if (scores.length > 0) {
      const scale = el("g", { class: "score-axis", "font-size": 11, fill: "#8a3b12" }, svg);
      for (const s of [-10, -5, 0, 5, 10])
        el("text", { x: WIDTH - RIGHT + 6, y: yScore(s) + 4 }, scale).textContent = fmt(s).replace(".0", "");
      el("line", { x1: LEFT, x2: WIDTH - RIGHT, y1: yScore(0), y2: yScore(0), stroke: "#c9743f", "stroke-dasharray": "4 4", "stroke-opacity": 0.6 }, scale);
      el("text", { x: WIDTH - 10, y: TOP + plotH / 2, "text-anchor": "middle", transform: `rotate(90 ${WIDTH - 10} ${TOP + plotH / 2})` }, scale).textContent = "dyad score";
      const sorted = [...scores].sort((a, b) => toTime(a.day) - toTime(b.day));
      // The line joins scored days at most two weeks apart; across longer silences it breaks rather than invent a trend.
      let d = "", previous = null;
      for (const p of sorted) {
        const time = toTime(p.day), point = `${(xOf(p.day) + slot / 2).toFixed(1)},${yScore(Number(p.score)).toFixed(1)}`;
        d += (previous !== null && time - previous <= 14 * DAY_MS ? " L" : " M") + point;
        previous = time;
      }
      el("path", { d: d.trim(), fill: "none", stroke: "#d2691e", "stroke-width": 2, class: "score-line" }, svg);
      const dots = el("g", { class: "score-points" }, svg);
      for (const d of sorted)
        el("title", {}, el("circle", { cx: (xOf(d.day) + slot / 2).toFixed(1), cy: yScore(Number(d.score)).toFixed(1), r: 3.5, fill: "#d2691e" }, dots))
          .textContent = `${d.day}: ${Number(d.events) || 0} dyad event(s), mean score ${fmt(Number(d.score))}`;
    }
    container.replaceChildren(svg);
  };

  say("Loading the chart\u2026");
  fetch(container.dataset.src, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then((response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      return response.json();
    })
    .then(draw)
    .catch((error) => say(`The chart could not be drawn: ${error.message}. The tables below hold the same data.`));
})();
