// What the chart scripts (network.js, timeline.js) share: SVG elements built with createElementNS and attributes
// set as strings, and a one-line message in place of a chart. Nothing here parses HTML: data from documents only
// ever reaches the page through setAttribute and textContent. Loaded (deferred) before the chart that uses it.
"use strict";
window.SitrepSvg = Object.freeze({
  NS: "http://www.w3.org/2000/svg",

  // An SVG element with the given attributes, appended to parent when one is given.
  el(name, attrs, parent) {
    const node = document.createElementNS(this.NS, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (parent) parent.appendChild(node);
    return node;
  },

  // Replaces the chart container's content with a short message ("no events", "could not load").
  say(container, text) {
    const p = document.createElement("p");
    p.className = "chart-message";
    p.textContent = text;
    container.replaceChildren(p);
  },
});
