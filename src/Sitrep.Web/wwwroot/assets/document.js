// The document page: brings the span a link points at (#ev-…, #cl-…, #s-…) to the middle of the screen and
// pulses it, so a reader arriving from the timeline sees the exact words at once; and shows the codes of each
// highlighted span in a small tooltip on hover or keyboard focus (Tab to a span, Escape to close).
"use strict";
(() => {
  const marks = document.querySelectorAll("mark.hl[data-codes]");

  const targetOfHash = () => {
    if (location.hash.length < 2) return null;
    let id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch { return null; }
    return document.getElementById(id);
  };

  let arriving = false;
  const reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  const centre = (target) => target.scrollIntoView({ block: "center", inline: "nearest", behavior: "auto" });

  const bringIntoView = () => {
    const target = targetOfHash();
    if (!target) return;
    centre(target);
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    // Focus moves there too (for screen readers and Tab order) without popping the tooltip up unasked.
    arriving = true;
    target.focus({ preventScroll: true });
    arriving = false;
    // The Web Animations API needs no inline style, so it works under the page's Content-Security-Policy.
    if (!reduceMotion && typeof target.animate === "function")
      target.animate(
        [
          { outline: "3px solid rgba(230, 140, 0, 0)", outlineOffset: "2px" },
          { outline: "3px solid rgba(230, 140, 0, 1)", outlineOffset: "2px" },
          { outline: "3px solid rgba(230, 140, 0, 0)", outlineOffset: "2px" },
        ],
        { duration: 700, iterations: 3, easing: "ease-in-out" });
  };

  // One shared tooltip, positioned under the span it describes.
  const tip = document.createElement("div");
  tip.id = "codes-tooltip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  Object.assign(tip.style, {
    position: "absolute", zIndex: "10", maxWidth: "28rem", padding: "0.3rem 0.5rem", borderRadius: "4px",
    background: "#1f2d3d", color: "#fff", font: "12px/1.4 system-ui, sans-serif", pointerEvents: "none",
    whiteSpace: "pre-line",
  });
  document.body.appendChild(tip);
  let shownFor = null;
  // Shown because the span has keyboard focus: moving the mouse away must not hide it.
  let pinned = false;

  // Highlights nest (an actor inside an event); the tooltip lists the codes of every span under the pointer,
  // innermost first, so hovering "North Korean troops" inside an event shows both the actor and the event.
  const codesAround = (mark) => {
    const lines = [];
    for (let m = mark; m; m = m.parentElement && m.parentElement.closest("mark.hl[data-codes]"))
      if (!lines.includes(m.dataset.codes)) lines.push(m.dataset.codes);
    return lines.join("\n");
  };

  const show = (mark, byFocus) => {
    if (shownFor !== mark) hide();
    pinned = byFocus || (pinned && shownFor === mark);
    shownFor = mark;
    tip.textContent = codesAround(mark);
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const left = Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = `${Math.max(window.scrollX + 4, left)}px`;
    tip.style.top = `${box.bottom + window.scrollY + 6}px`;
    mark.setAttribute("aria-describedby", tip.id);
    // The native title would show the same codes a second time; park it while ours is up.
    if (mark.hasAttribute("title")) {
      mark.dataset.title = mark.getAttribute("title");
      mark.removeAttribute("title");
    }
  };

  const hide = () => {
    if (!shownFor) return;
    if (shownFor.dataset.title !== undefined) {
      shownFor.setAttribute("title", shownFor.dataset.title);
      delete shownFor.dataset.title;
    }
    shownFor.removeAttribute("aria-describedby");
    shownFor = null;
    pinned = false;
    tip.hidden = true;
  };

  const markAt = (node) => (node instanceof Element ? node.closest("mark.hl[data-codes]") : null);

  for (const mark of marks) if (!mark.hasAttribute("tabindex")) mark.setAttribute("tabindex", "0");
  // Delegated pointer events: moving between nested marks switches the tooltip to the innermost one.
  document.addEventListener("mouseover", (event) => {
    const mark = markAt(event.target);
    if (mark && mark !== shownFor) show(mark, false);
  });
  document.addEventListener("mouseout", (event) => {
    const from = markAt(event.target);
    if (!from || from !== shownFor || pinned) return;
    const to = markAt(event.relatedTarget);
    if (to) show(to, false); else hide();
  });
  document.addEventListener("focusin", (event) => {
    const mark = markAt(event.target);
    if (mark === event.target && !arriving) show(mark, true);
  });
  document.addEventListener("focusout", (event) => { if (markAt(event.target) === shownFor) hide(); });
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") hide(); });

  window.addEventListener("hashchange", bringIntoView);
  bringIntoView();
  // The browser scrolls to the fragment again when the page has loaded, to the top edge; centre it once more.
  window.addEventListener("load", () => {
    const target = targetOfHash();
    if (target) requestAnimationFrame(() => centre(target));
  });
})();
