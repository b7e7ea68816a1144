// Banners. The page (often served from cache) carries empty slots of fixed size, only where some campaign can
// fill them; each is filled from /ad/fill when it comes near the screen, so banners rotate on every view and
// nothing moves when they arrive. An impression is counted once, when half the banner has been in view.
(function () {
  "use strict";
  if (!("IntersectionObserver" in window) || !window.fetch) return;
  var slots = document.querySelectorAll(".ad-slot[data-slot]");
  if (!slots.length) return;
  var mobile = window.matchMedia("(max-width: 767px)").matches;
  var section = document.body.getAttribute("data-section") || "";

  var seen = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      seen.unobserve(entry.target);
      var token = entry.target.getAttribute("data-token");
      if (!token) return;
      if (navigator.sendBeacon) {
        navigator.sendBeacon("/ad/impression", new Blob([token], { type: "text/plain" }));
      } else {
        fetch("/ad/impression", { method: "POST", body: token, keepalive: true, headers: { "Content-Type": "text/plain" } });
      }
    });
  }, { threshold: 0.5 });

  var near = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      near.unobserve(entry.target);
      fill(entry.target);
    });
  }, { rootMargin: "200px 0px" });

  function fill(slot) {
    var code = (mobile ? "m-" : "") + slot.getAttribute("data-slot");
    var url = "/ad/fill?slot=" + encodeURIComponent(code) + (section ? "&section=" + encodeURIComponent(section) : "");
    fetch(url, { headers: { Accept: "application/json" }, credentials: "omit" }).then(function (response) {
      return response.status === 200 ? response.json() : null;
    }).then(function (ad) {
      if (!ad) {
        // CASE: the last campaign ended or reached its cap after this page was made. Below the screen the
        // empty slot can go without moving anything the reader sees; on or above it, it stays.
        if (slot.getBoundingClientRect().top > window.innerHeight) slot.classList.add("ad-slot--empty");
        return;
      }
      var box = document.createElement("div");
      box.className = "ad";
      if (ad.image) {
        var link = document.createElement("a");
        link.href = ad.click;
        link.target = "_blank";
        link.rel = "sponsored noopener";
        var img = document.createElement("img");
        img.src = ad.image.src;
        img.width = ad.image.width;
        img.height = ad.image.height;
        img.alt = ad.image.alt;
        link.appendChild(img);
        box.appendChild(link);
      } else if (ad.frame) {
        var frame = document.createElement("iframe");
        frame.src = ad.frame;
        frame.width = ad.width;
        frame.height = ad.height;
        frame.title = "광고";
        frame.setAttribute("sandbox", "allow-scripts allow-popups allow-popups-to-escape-sandbox");
        box.appendChild(frame);
      } else if (ad.html) {
        var html = document.createElement("div");
        html.className = "ad-html";
        html.innerHTML = ad.html; // sanitized with the same allow-list as articles before it was stored
        // Every link in a snippet leads through the click counter to the campaign's own stored address.
        var links = html.querySelectorAll("a");
        links.forEach(function (a) {
          a.href = ad.click;
          a.rel = "sponsored noopener";
          a.target = "_blank";
        });
        if (links.length) {
          box.appendChild(html);
        } else {
          var whole = document.createElement("a");
          whole.href = ad.click;
          whole.rel = "sponsored noopener";
          whole.target = "_blank";
          whole.className = "ad-html-link";
          whole.appendChild(html);
          box.appendChild(whole);
        }
      }
      // The label has its own line above the banner, as wide as the banner, so it sits at the banner's edge.
      var unit = document.createElement("div");
      unit.className = "ad-unit";
      unit.style.width = ad.width + "px";
      var label = document.createElement("span");
      label.className = "ad-label";
      label.textContent = ad.label;
      unit.append(label, box);
      slot.replaceChildren(unit);
      slot.setAttribute("data-token", ad.token);
      slot.setAttribute("data-filled", "true");
      seen.observe(slot);
    }).catch(function () { /* no banner is better than a broken page */ });
  }

  // A slot hidden on this screen (its campaigns are for the other size) asks for nothing.
  slots.forEach(function (slot) {
    if (getComputedStyle(slot).display !== "none") near.observe(slot);
  });
})();
