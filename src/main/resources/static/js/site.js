// Reader-site behaviour: article font size, sharing, video facades and photo galleries. No framework, no third-party script.
(function () {
  'use strict';

  var FONT_KEY = 'sinmun.fontStep';
  var FONT_SIZES = ['0.9375rem', '1.0625rem', '1.1875rem', '1.3125rem', '1.5rem'];

  function applyFontStep(step) {
    var body = document.getElementById('article-body');
    if (!body) { return; }
    body.style.setProperty('--article-font', FONT_SIZES[step]);
    body.setAttribute('data-font-step', String(step));
  }

  function currentStep() {
    var stored = parseInt(localStorage.getItem(FONT_KEY), 10);
    return isNaN(stored) ? 1 : Math.max(0, Math.min(FONT_SIZES.length - 1, stored));
  }

  function announce(message) {
    var status = document.querySelector('.share-status');
    if (status) { status.textContent = message; }
  }

  function copyLink(url) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(function () {
        announce('기사 주소가 복사되었습니다.');
      }, function () { fallbackCopy(url); });
    } else {
      fallbackCopy(url);
    }
  }

  function fallbackCopy(url) {
    var field = document.createElement('textarea');
    field.value = url;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.appendChild(field);
    field.select();
    var copied = false;
    try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
    document.body.removeChild(field);
    announce(copied ? '기사 주소가 복사되었습니다.' : '주소를 복사하지 못했습니다: ' + url);
  }

  // Autocomplete for the masthead search box, after the WAI-ARIA Authoring Practices' combobox with a
  // listbox popup: focus stays in the box, ArrowDown/ArrowUp move the active suggestion (wrapping round),
  // Enter opens it, Escape closes the list (and empties the box when it is already closed). 'input' fires on
  // every change, including while a Hangul syllable is being composed, so suggestions follow what the reader
  // sees; keys pressed during composition belong to the IME and are left alone.
  function setUpSuggestions() {
    var input = document.getElementById('search-q');
    var list = document.getElementById('search-suggestions');
    if (!input || !list || !window.fetch) { return; }
    var timer = null;
    var latest = 0;
    var active = -1;
    function options() { return list.querySelectorAll('[role="option"]'); }
    function activate(index) {
      var all = options();
      active = all.length ? (index + all.length) % all.length : -1;
      for (var i = 0; i < all.length; i++) {
        all[i].setAttribute('aria-selected', i === active ? 'true' : 'false');
      }
      if (active >= 0) {
        input.setAttribute('aria-activedescendant', all[active].id);
        all[active].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }
    function close() {
      list.hidden = true;
      list.textContent = '';
      active = -1;
      input.removeAttribute('aria-activedescendant');
      input.setAttribute('aria-expanded', 'false');
    }
    function show(items) {
      list.textContent = '';
      active = -1;
      input.removeAttribute('aria-activedescendant');
      items.forEach(function (item, index) {
        var li = document.createElement('li');
        li.setAttribute('role', 'none');
        var a = document.createElement('a');
        a.href = item.url;
        a.id = 'suggestion-' + index;
        a.setAttribute('role', 'option');
        a.setAttribute('aria-selected', 'false');
        // Clicks land on the link; the box keeps the focus so typing can go on.
        a.tabIndex = -1;
        a.textContent = item.kind === 'TAG' ? '#' + item.text : item.text;
        if (item.kind === 'TAG') { a.className = 'tag'; }
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
      input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (!text) { close(); return; }
      timer = setTimeout(function () {
        var ticket = ++latest;
        fetch('/api/v1/search/suggest?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (items) { if (ticket === latest) { show(items); } })
          .catch(function () { close(); });
      }, 120);
    });
    input.addEventListener('keydown', function (event) {
      if (event.isComposing || event.keyCode === 229) { return; }
      var open = !list.hidden && options().length > 0;
      if (event.key === 'Escape') {
        if (open) { close(); } else { input.value = ''; }
        event.preventDefault();
      } else if (event.key === 'ArrowDown' && open) {
        activate(active + 1);
        event.preventDefault();
      } else if (event.key === 'ArrowUp' && open) {
        activate(active < 0 ? -1 : active - 1);
        event.preventDefault();
      } else if (event.key === 'Enter' && open && active >= 0) {
        event.preventDefault();
        window.location.href = options()[active].href;
      }
    });
    input.addEventListener('blur', function () {
      // A click on a suggestion blurs the box first: leave the list until the click has landed.
      setTimeout(function () { if (document.activeElement !== input) { close(); } }, 200);
    });
  }

  // 전체메뉴: a disclosure button (WAI-ARIA APG). Escape or a click outside closes it; Escape brings the focus
  // back to the button.
  function setUpAllMenu() {
    var button = document.querySelector('.all-menu-button');
    var panel = document.getElementById('all-menu');
    if (!button || !panel) { return; }
    function set(open) {
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      panel.hidden = !open;
    }
    button.addEventListener('click', function () { set(button.getAttribute('aria-expanded') !== 'true'); });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !panel.hidden) {
        set(false);
        button.focus();
      }
    });
    document.addEventListener('click', function (event) {
      if (!panel.hidden && !panel.contains(event.target) && !button.contains(event.target)) { set(false); }
    });
  }

  // A video in an article is a still of our own until the reader presses it (BodyEmbeds.java): only then is the
  // provider's player framed, sandboxed, with the least it needs (scripts and its own origin for playback,
  // presentation for full screen) and no more of our address than the origin. The frame takes the still's place
  // at the same size, and the focus, so the keyboard goes on into the player.
  function play(button) {
    var frame = document.createElement('iframe');
    frame.src = button.getAttribute('data-player');
    frame.title = button.getAttribute('data-title');
    frame.className = 'video-frame';
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
    frame.setAttribute('allow', 'autoplay; encrypted-media; fullscreen; picture-in-picture');
    frame.setAttribute('allowfullscreen', '');
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    button.replaceWith(frame);
    frame.focus();
  }

  // A gallery is a row of photos that snaps one photo at a time (CSS scroll-snap), so a finger swipes through it
  // natively. With the row focused, the arrow keys, Home and End move a whole photo; the buttons do the same.
  function setUpGallery(gallery) {
    var track = gallery.querySelector('.gallery-track');
    var items = track.querySelectorAll('.gallery-item');
    var count = gallery.querySelector('.gallery-count');
    var current = 0;
    var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    function go(index) {
      current = Math.max(0, Math.min(items.length - 1, index));
      track.scrollTo({ left: items[current].offsetLeft - track.offsetLeft, behavior: reduced ? 'auto' : 'smooth' });
      show();
    }
    function show() {
      if (count) { count.textContent = (current + 1) + ' / ' + items.length; }
    }
    track.addEventListener('keydown', function (event) {
      var next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: items.length - 1 }[event.key];
      if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) { return; }
      event.preventDefault();
      go(next);
    });
    var settle = null;
    track.addEventListener('scroll', function () {
      clearTimeout(settle);
      settle = setTimeout(function () {
        current = Math.round(track.scrollLeft / Math.max(1, track.clientWidth));
        current = Math.max(0, Math.min(items.length - 1, current));
        show();
      }, 120);
    }, { passive: true });
    gallery.addEventListener('click', function (event) {
      if (event.target.closest('.gallery-prev')) { go(current - 1); }
      if (event.target.closest('.gallery-next')) { go(current + 1); }
    });
  }

  // 기사제보: too many or too large photos are caught before sending, so the text typed is not sent for nothing
  // (the server checks the same, and more).
  function setUpTipForm() {
    var form = document.querySelector('.tip-form');
    if (!form) { return; }
    var input = form.querySelector('#tip-files');
    var message = form.querySelector('#tip-files-error');
    var maxFiles = Number(form.getAttribute('data-max-files'));
    var maxBytes = Number(form.getAttribute('data-max-bytes'));
    function problem() {
      var files = Array.prototype.slice.call(input.files || []);
      if (files.length > maxFiles) { return '사진은 ' + maxFiles + '장까지 보낼 수 있습니다. ' + files.length + '장을 고르셨습니다.'; }
      var large = files.filter(function (file) { return file.size > maxBytes; })[0];
      if (large) { return '‘' + large.name + '’ 파일이 너무 큽니다. 사진 한 장은 ' + Math.round(maxBytes / 1048576) + 'MB까지 보낼 수 있습니다.'; }
      return '';
    }
    input.addEventListener('change', function () {
      message.textContent = problem();
      input.setAttribute('aria-invalid', message.textContent ? 'true' : 'false');
    });
    form.addEventListener('submit', function (event) {
      var found = problem();
      if (found) {
        event.preventDefault();
        message.textContent = found;
        input.focus();
      }
    });
  }

  // 많이 본 뉴스 일간·주간: links to the two lists become tabs after the WAI-ARIA APG (automatic activation):
  // one tab stop, ArrowLeft/ArrowRight move to the previous/next tab (wrapping round), Home/End to the first/last,
  // and the tab that has the focus shows its list. What shows does not change here, so the page does not move.
  function setUpTabs(box) {
    var list = box.querySelector('[data-tabs]');
    var tabs = Array.prototype.slice.call(box.querySelectorAll('[data-tab]'));
    var panels = tabs.map(function (tab) { return document.getElementById(tab.getAttribute('href').slice(1)); });
    if (!list || tabs.length < 2 || panels.indexOf(null) >= 0) { return; }
    var heading = box.querySelector('h2');
    list.setAttribute('role', 'tablist');
    if (heading && heading.id) { list.setAttribute('aria-labelledby', heading.id); }
    function select(index, focus) {
      tabs.forEach(function (tab, i) {
        var on = i === index;
        tab.setAttribute('aria-selected', on ? 'true' : 'false');
        tab.setAttribute('tabindex', on ? '0' : '-1');
        tab.classList.toggle('is-current', on);
        panels[i].hidden = !on;
      });
      if (focus) { tabs[index].focus(); }
    }
    tabs.forEach(function (tab, i) {
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panels[i].id);
      panels[i].setAttribute('role', 'tabpanel');
      panels[i].setAttribute('aria-labelledby', tab.id);
      tab.addEventListener('click', function (event) {
        event.preventDefault();
        select(i, true);
      });
      tab.addEventListener('keydown', function (event) {
        var next = null;
        if (event.key === 'ArrowRight') { next = (i + 1) % tabs.length; }
        else if (event.key === 'ArrowLeft') { next = (i - 1 + tabs.length) % tabs.length; }
        else if (event.key === 'Home') { next = 0; }
        else if (event.key === 'End') { next = tabs.length - 1; }
        if (next !== null) {
          event.preventDefault();
          select(next, true);
        }
      });
    });
    // A reader who followed a period's link before the script ran (or shared the address) keeps that list.
    var wanted = panels.findIndex(function (panel) { return location.hash === '#' + panel.id; });
    select(wanted >= 0 ? wanted : 0, false);
    box.classList.add('is-tabs');
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpSuggestions();
    document.querySelectorAll('[data-most-read]').forEach(setUpTabs);
    setUpAllMenu();
    setUpTipForm();
    document.querySelectorAll('.gallery').forEach(setUpGallery);
    if (document.getElementById('article-body')) {
      applyFontStep(currentStep());
    }
    document.addEventListener('click', function (event) {
      var video = event.target.closest('.video-play');
      if (video) {
        play(video);
        return;
      }
      var fontButton = event.target.closest('[data-font-step]');
      if (fontButton && fontButton.tagName === 'BUTTON') {
        var next = Math.max(0, Math.min(FONT_SIZES.length - 1, currentStep() + parseInt(fontButton.getAttribute('data-font-step'), 10)));
        localStorage.setItem(FONT_KEY, String(next));
        applyFontStep(next);
        return;
      }
      var share = event.target.closest('[data-share]');
      if (!share) { return; }
      var url = share.getAttribute('data-url');
      if (share.getAttribute('data-share') === 'copy') {
        copyLink(url);
      } else if (share.getAttribute('data-share') === 'kakao') {
        // KakaoTalk is offered by the phone's share sheet; the plain link share needs no SDK key.
        if (navigator.share) {
          navigator.share({ title: share.getAttribute('data-title'), url: url }).catch(function () {});
        } else {
          copyLink(url);
          announce('기사 주소가 복사되었습니다. 카카오톡 대화창에 붙여 넣어 공유하세요.');
        }
      }
    });
  });
}());
