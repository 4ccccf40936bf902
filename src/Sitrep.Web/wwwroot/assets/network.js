// Who acts on whom: draws the actor network of #network-graph from the JSON at its data-src.
// Nodes are actors sized by their events; a directed edge per dyad, as wide as its event count and coloured by its
// mean PLOVER score (red conflict, grey neutral, green cooperation). Clicking an edge opens the timeline of that
// dyad. The layout is deterministic (same data, same picture) so screenshots and users can compare runs.
// The DOM is built with createElementNS and textContent only: actor codes come from documents and are never HTML.
"use strict";
(() => {
  const WIDTH = 960, HEIGHT = 600, MARGIN = 60, MAX_NODES = 60;

  const container = document.getElementById("network-graph");
  if (!container || !container.dataset.src) return;

  const el = (name, attrs, parent) => SitrepSvg.el(name, attrs, parent);
  const say = (text) => SitrepSvg.say(container, text);
  const fmt = (x) => (x > 0 ? "+" : x < 0 ? "\u2212" : "") + Math.abs(x).toFixed(1);

  // PLOVER scores run from -10 (most conflictual) to +10 (most cooperative).
  const mix = (a, b, t) => a.map((v, i) => Math.round(v + (b[i] - v) * t));
  const RED = [200, 40, 40], GREY = [150, 150, 150], GREEN = [20, 140, 80];
  const scoreColour = (score) => {
    const t = Math.max(-1, Math.min(1, (score || 0) / 10));
    const [r, g, b] = t < 0 ? mix(GREY, RED, -t) : mix(GREY, GREEN, t);
    return `rgb(${r},${g},${b})`;
  };

  // Filters of the graph (dates, type, outlet...) carry over to the timeline the user opens from it; nothing else
  // in the data URL does.
  const FILTERS = ["type", "outlet", "from", "to", "hedged", "document"];
  const timelineLink = (actor, recipient) => {
    const src = new URL(container.dataset.src, location.href);
    const query = new URLSearchParams();
    for (const k of FILTERS) if (src.searchParams.get(k)) query.set(k, src.searchParams.get(k));
    query.set("actor", actor);
    if (recipient) query.set("recipient", recipient); else query.delete("recipient");
    return "/timeline?" + query.toString();
  };

  // Spring embedder (Fruchterman-Reingold) from a circle ordered by size: no randomness, so it is reproducible.
  const layout = (nodes, edges) => {
    const n = nodes.length, area = (WIDTH - 2 * MARGIN) * (HEIGHT - 2 * MARGIN);
    const k = Math.sqrt(area / Math.max(n, 1)) * 0.8;
    const x = new Float64Array(n), y = new Float64Array(n);
    nodes.forEach((_, i) => {
      const a = (2 * Math.PI * i) / Math.max(n, 1);
      x[i] = Math.cos(a) * WIDTH / 3;
      y[i] = Math.sin(a) * HEIGHT / 3;
    });
    const index = new Map(nodes.map((node, i) => [node.id, i]));
    const links = edges.map((e) => [index.get(e.source), index.get(e.target), 1 + Math.log1p(e.events)]);
    const rounds = n > 200 ? 80 : 250;
    let temperature = WIDTH / 8;
    const dx = new Float64Array(n), dy = new Float64Array(n);
    for (let round = 0; round < rounds; round++) {
      dx.fill(0); dy.fill(0);
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          let ddx = x[i] - x[j], ddy = y[i] - y[j];
          let d2 = ddx * ddx + ddy * ddy;
          if (d2 < 0.01) { ddx = 0.1 * (i - j); ddy = 0.1; d2 = ddx * ddx + ddy * ddy; }
          const f = (k * k) / d2;
          dx[i] += ddx * f; dy[i] += ddy * f; dx[j] -= ddx * f; dy[j] -= ddy * f;
        }
      for (const [a, b, w] of links) {
        if (a === b) continue;
        const ddx = x[a] - x[b], ddy = y[a] - y[b];
        const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
        const f = (d * w) / k;
        dx[a] -= (ddx / d) * f; dy[a] -= (ddy / d) * f; dx[b] += (ddx / d) * f; dy[b] += (ddy / d) * f;
      }
      for (let i = 0; i < n; i++) {
        // Gravity keeps separate components on screen.
        dx[i] -= x[i] * 0.02; dy[i] -= y[i] * 0.02;
        const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
        x[i] += (dx[i] / d) * Math.min(d, temperature);
        y[i] += (dy[i] / d) * Math.min(d, temperature);
      }
      temperature *= 0.97;
    }
    // Fit into the drawing area.
    const minX = Math.min(...x), maxX = Math.max(...x), minY = Math.min(...y), maxY = Math.max(...y);
    const sx = (WIDTH - 2 * MARGIN) / Math.max(maxX - minX, 1), sy = (HEIGHT - 2 * MARGIN) / Math.max(maxY - minY, 1);
    nodes.forEach((node, i) => {
      node.x = n === 1 ? WIDTH / 2 : MARGIN + (x[i] - minX) * sx;
      node.y = n === 1 ? HEIGHT / 2 : MARGIN + (y[i] - minY) * sy;
    });
  };

  // A curved path from source to target; A→B and B→A bend to opposite sides so both stay visible.
  const edgePath = (a, b, ra, rb) => {
    const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
    const dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
    const bend = Math.min(40, len / 5);
    const cx = mx - (dy / len) * bend, cy = my + (dx / len) * bend;
    // Start and end on the circles' rims, aiming at the control point.
    const rim = (p, r) => {
      const ux = cx - p.x, uy = cy - p.y, ul = Math.sqrt(ux * ux + uy * uy) || 1;
      return [p.x + (ux / ul) * r, p.y + (uy / ul) * r];
    };
    const [sx, sy] = rim(a, ra), [ex, ey] = rim(b, rb + 4);
    return `M${sx.toFixed(1)},${sy.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
  };

  const legend = (svg) => {
    const g = el("g", { class: "legend", transform: `translate(12,${HEIGHT - 28})` }, svg);
    const gradient = el("linearGradient", { id: "network-score-scale" }, el("defs", {}, svg));
    for (const [offset, score] of [[0, -10], [0.5, 0], [1, 10]])
      el("stop", { offset, "stop-color": scoreColour(score) }, gradient);
    el("rect", { x: 0, y: 0, width: 240, height: 10, fill: "url(#network-score-scale)" }, g);
    el("text", { x: 0, y: 24, "font-size": 11 }, g).textContent = "\u221210 conflict";
    el("text", { x: 240, y: 24, "font-size": 11, "text-anchor": "end" }, g).textContent = "cooperation +10";
    el("text", { x: 250, y: 9, "font-size": 11 }, g).textContent = "mean PLOVER score of a dyad";
  };

  const draw = (data) => {
    const all = (data.nodes || []).map((n) => ({ id: String(n.id), label: String(n.id), events: Number(n.events) || 0, score: Number(n.score) || 0 }));
    // Beyond a few dozen actors a graph is a hairball: draw the busiest, the table beneath lists every dyad.
    all.sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const nodes = all.slice(0, MAX_NODES);
    const known = new Set(nodes.map((n) => n.id));
    const edges = (data.edges || [])
      .map((e) => ({ source: String(e.source), target: String(e.target), events: Number(e.events) || 0, score: Number(e.score) || 0 }))
      .filter((e) => known.has(e.source) && known.has(e.target) && e.source !== e.target);
    if (nodes.length === 0) { say("No events with a recipient match these filters, so there is no network to draw."); return; }

    layout(nodes, edges);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const maxNode = Math.max(1, ...nodes.map((n) => n.events));
    const maxEdge = Math.max(1, ...edges.map((e) => e.events));
    const radius = (n) => 6 + 18 * Math.sqrt(n.events / maxNode);

    const svg = el("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: "100%", role: "img", class: "network-svg" });
    el("title", {}, svg).textContent = `Actor network: ${nodes.length} actors, ${edges.length} dyads`;
    // A fixed-size arrowhead: scaled with the stroke it would swamp the thick edges.
    const marker = el("marker", { id: "network-arrow", viewBox: "0 0 10 10", refX: 8, refY: 5, markerWidth: 11, markerHeight: 11, markerUnits: "userSpaceOnUse", orient: "auto" }, el("defs", {}, svg));
    el("path", { d: "M0,0 L10,5 L0,10 z", fill: "#555" }, marker);

    const edgeLayer = el("g", { class: "edges" }, svg);
    for (const e of [...edges].sort((a, b) => a.events - b.events)) {
      const a = byId.get(e.source), b = byId.get(e.target);
      const link = el("a", { href: timelineLink(e.source, e.target), class: "edge", "data-source": e.source, "data-target": e.target }, edgeLayer);
      const label = `${e.source} \u2192 ${e.target}: ${e.events} event${e.events === 1 ? "" : "s"}, mean PLOVER score ${fmt(e.score)}`;
      link.setAttribute("aria-label", label);
      const path = el("path", {
        d: edgePath(a, b, radius(a), radius(b)), fill: "none", stroke: scoreColour(e.score),
        "stroke-width": (1.5 + 8 * Math.sqrt(e.events / maxEdge)).toFixed(1), "stroke-opacity": 0.8,
        "stroke-linecap": "round", "marker-end": "url(#network-arrow)",
      }, link);
      el("title", {}, path).textContent = label;
    }

    const nodeLayer = el("g", { class: "nodes" }, svg);
    for (const n of nodes) {
      const link = el("a", { href: timelineLink(n.id, null), class: "node", "data-actor": n.id }, nodeLayer);
      const label = `${n.label}: ${n.events} event${n.events === 1 ? "" : "s"}, mean PLOVER score ${fmt(n.score)}`;
      link.setAttribute("aria-label", label);
      const r = radius(n);
      el("title", {}, el("circle", { cx: n.x.toFixed(1), cy: n.y.toFixed(1), r: r.toFixed(1), fill: "#dbe4f0", stroke: "#34495e", "stroke-width": 1.5 }, link)).textContent = label;
      el("text", { x: n.x.toFixed(1), y: (n.y + r + 13).toFixed(1), "text-anchor": "middle", "font-size": 12, "font-weight": 600, fill: "#1f2d3d" }, link).textContent = n.label;
    }
    legend(svg);
    container.replaceChildren(svg);
    if (all.length > nodes.length) {
      const note = document.createElement("p");
      note.className = "chart-note";
      note.textContent = `Showing the ${nodes.length} busiest of ${all.length} actors; the table lists every dyad.`;
      container.appendChild(note);
    }
  };

  say("Loading the network\u2026");
  fetch(container.dataset.src, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then((response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      return response.json();
    })
    .then(draw)
    .catch((error) => say(`The network could not be drawn: ${error.message}. The table below lists the same dyads.`));
})();
