// Reader-site behaviour: article font size and sharing. No framework, no third-party script.
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

  document.addEventListener('DOMContentLoaded', function () {
    if (document.getElementById('article-body')) {
      applyFontStep(currentStep());
    }
    document.addEventListener('click', function (event) {
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
