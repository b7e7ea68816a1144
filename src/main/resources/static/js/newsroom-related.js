// The 관련기사 picker in the editor: an ARIA 1.2 combobox. Typing asks the server for matching headlines (or the
// article a pasted address names); ↑/↓ move through them, Enter adds the highlighted one to the pinned list,
// Esc closes the list. Each pinned article has a 빼기 button. Nothing is stored until 관련기사 저장 is pressed;
// without this script the field still takes an article number or address.
(function () {
  'use strict';
  var form = document.getElementById('related-form');
  if (!form) {
    return;
  }
  var input = document.getElementById('related-search');
  var list = document.getElementById('related-options');
  var pins = document.getElementById('related-pins');
  var empty = document.getElementById('related-empty');
  var status = document.getElementById('related-status');
  var most = parseInt(form.getAttribute('data-most'), 10) || 5;
  var options = [];
  var active = -1;
  var timer = null;
  var asked = 0;

  function say(text) {
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function pinnedIds() {
    return Array.prototype.map.call(pins.querySelectorAll('li'), function (li) { return li.getAttribute('data-id'); });
  }

  function close() {
    list.hidden = true;
    list.innerHTML = '';
    options = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(index) {
    options.forEach(function (option, i) { option.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    }
    else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function show(items, message) {
    close();
    var taken = pinnedIds();
    items = items.filter(function (item) { return taken.indexOf(String(item.id)) < 0; });
    if (items.length === 0) {
      say(message || '맞는 기사가 없습니다.');
      return;
    }
    items.forEach(function (item, i) {
      var option = document.createElement('li');
      option.id = 'related-option-' + item.id;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('data-id', item.id);
      option.setAttribute('data-headline', item.headline);
      option.setAttribute('data-meta', item.meta);
      option.appendChild(document.createTextNode(item.headline));
      var meta = document.createElement('span');
      meta.className = 'nr-pin-meta';
      meta.textContent = item.meta;
      option.appendChild(meta);
      option.addEventListener('mousedown', function (event) { event.preventDefault(); });
      option.addEventListener('click', function () { choose(i); });
      list.appendChild(option);
      options.push(option);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    say('기사 ' + items.length + '건을 찾았습니다. 위아래 화살표로 고르십시오.');
  }

  function ask() {
    var q = input.value.trim();
    if (q.length === 0) {
      close();
      return;
    }
    var ticket = ++asked;
    fetch(form.getAttribute('data-candidates') + '?q=' + encodeURIComponent(q), {
      headers: { Accept: 'application/json' }, credentials: 'same-origin'
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (answer) {
      if (ticket !== asked) {
        return;
      }
      if (!answer.ok) {
        close();
        say(answer.body.message || '기사를 찾지 못했습니다.');
        return;
      }
      show(answer.body.items || []);
    }).catch(function () {
      say('기사를 찾지 못했습니다. 잠시 뒤 다시 입력하십시오.');
    });
  }

  function unpinButton(headline) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'nr-pin-remove';
    button.setAttribute('data-unpin', '');
    button.setAttribute('aria-label', '‘' + headline + '’ 빼기');
    button.textContent = '빼기';
    return button;
  }

  function choose(index) {
    var option = options[index];
    if (!option) {
      return;
    }
    if (pins.querySelectorAll('li').length >= most) {
      say('관련기사는 ' + most + '건까지 걸 수 있습니다. 하나를 뺀 뒤 더하십시오.');
      return;
    }
    var id = option.getAttribute('data-id');
    var headline = option.getAttribute('data-headline');
    var li = document.createElement('li');
    li.setAttribute('data-id', id);
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = 'related';
    hidden.value = id;
    var title = document.createElement('span');
    title.className = 'nr-pin-title';
    title.textContent = headline;
    var meta = document.createElement('span');
    meta.className = 'nr-pin-meta';
    meta.textContent = option.getAttribute('data-meta');
    li.appendChild(hidden);
    li.appendChild(title);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(meta);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(unpinButton(headline));
    pins.appendChild(li);
    empty.hidden = true;
    input.value = '';
    close();
    say('‘' + headline + '’ 기사를 더했습니다. 관련기사 저장을 눌러야 반영됩니다.');
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(ask, 200);
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (options.length === 0) {
        ask();
        return;
      }
      highlight(active < options.length - 1 ? active + 1 : 0);
    }
    else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length > 0) {
        highlight(active > 0 ? active - 1 : options.length - 1);
      }
    }
    else if (event.key === 'Enter') {
      // A highlighted choice is added; Enter on a typed number or address submits the form as without script.
      if (active >= 0) {
        event.preventDefault();
        choose(active);
      }
    }
    else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      }
    }
  });

  input.addEventListener('blur', function () {
    window.setTimeout(close, 150);
  });

  pins.addEventListener('click', function (event) {
    var button = event.target.closest('[data-unpin]');
    if (!button) {
      return;
    }
    var li = button.closest('li');
    var title = li.querySelector('.nr-pin-title').textContent;
    li.remove();
    empty.hidden = pins.querySelectorAll('li').length > 0;
    input.focus();
    say('‘' + title + '’ 기사를 뺐습니다. 관련기사 저장을 눌러야 반영됩니다.');
  });
})();
