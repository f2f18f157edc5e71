// The cross-site lab: fires each kind of request at the other site and fills the matrix in with what arrived.
// Every result comes back in a response (a redirect's query, an image's size, a frame's message, a CORS-readable
// fetch); between the run's page loads they wait in this tab's sessionStorage. The server keeps nothing.
(function () {
  'use strict';
  var table = document.getElementById('matrix');
  if (!table) {
    return;
  }
  var other = table.dataset.other;
  var probeUrl = other + table.dataset.root + '/crosssite/probe?request=';
  var frameUrl = other + table.dataset.root + '/crosssite/frame?purpose=';
  var KEY = 'cookie-lab-crosssite';
  // The order of ProbeReport's lists and of the test cookies, which the probe image's size encodes.
  var COOKIES = ['strict', 'lax', 'none', 'default', 'partitioned', 'iframe-partitioned', 'iframe-unpartitioned'];
  var SITES = ['', 'none', 'same-origin', 'same-site', 'cross-site'];
  var MODES = ['', 'navigate', 'no-cors', 'cors', 'same-origin'];
  var DESTS = ['', 'document', 'iframe', 'image', 'empty', 'other'];
  var NAVIGATIONS = ['link', 'form-get', 'form-post'];
  var verdict = document.getElementById('verdict');

  var results = JSON.parse(sessionStorage.getItem(KEY) || '{}');
  function record(request, report) {
    results[request] = report;
    sessionStorage.setItem(KEY, JSON.stringify(results));
  }

  function frame(purpose) {
    return new Promise(function (resolve) {
      var iframe = document.createElement('iframe');
      var timer = setTimeout(function () { done(null); }, 10000);
      function done(report) {
        clearTimeout(timer);
        window.removeEventListener('message', listen);
        iframe.remove();
        resolve(report);
      }
      function listen(event) {
        if (event.origin === other && event.source === iframe.contentWindow) {
          done(event.data);
        }
      }
      window.addEventListener('message', listen);
      iframe.title = 'Cross-site probe';
      iframe.src = frameUrl + purpose;
      document.getElementById('frames').appendChild(iframe);
    });
  }

  function image() {
    return new Promise(function (resolve) {
      var img = new Image();
      img.onload = function () {
        var bits = img.naturalWidth - 1;
        var code = img.naturalHeight - 1;
        resolve({
          request: 'img',
          sent: COOKIES.filter(function (cookie, i) { return (bits >> i) & 1; }),
          site: SITES[code % 5], mode: MODES[Math.floor(code / 5) % 5], dest: DESTS[Math.floor(code / 25)]
        });
      };
      img.onerror = function () { resolve(null); };
      img.src = probeUrl + 'img&t=' + Date.now();
    });
  }

  function fetchProbe(credentials) {
    var request = credentials === 'include' ? 'fetch' : 'fetch-omit';
    return fetch(probeUrl + request, {credentials: credentials, cache: 'no-store'})
      .then(function (response) { return response.json(); })
      .catch(function () { return null; });
  }

  function navigate(request) {
    verdict.textContent = 'Running: ' + request + '…';
    if (request === 'link') {
      document.getElementById('probe-link').click();
    } else {
      document.getElementById('probe-' + request).submit();
    }
  }

  function runEmbedded() {
    verdict.textContent = 'Running: the image, the iframe and the fetches…';
    frame('plant')
      .then(function () { return image(); })
      .then(function (report) { record('img', report); return frame('probe'); })
      .then(function (report) { record('iframe', report); return fetchProbe('include'); })
      .then(function (report) { record('fetch', report); return fetchProbe('omit'); })
      .then(function (report) { record('fetch-omit', report); navigate('link'); });
  }

  function cell(request, cookie) {
    return table.querySelector('td[data-request="' + request + '"][data-cookie="' + cookie + '"]');
  }

  function render() {
    var reported = 0;
    Array.prototype.forEach.call(table.querySelectorAll('tr[data-row]'), function (row) {
      var request = row.dataset.row;
      var report = results[request];
      if (!report) {
        return;
      }
      reported++;
      COOKIES.forEach(function (cookie) {
        var td = cell(request, cookie);
        var sent = report.sent.indexOf(cookie) >= 0;
        var why = td.querySelector('.why');
        td.dataset.sent = String(sent);
        td.querySelector('.measured').textContent = sent ? 'sent' : 'not sent';
        td.classList.toggle('differs', String(sent) !== td.dataset.expected);
        why.hidden = String(sent) === td.dataset.expected;
        why.textContent = why.hidden ? '' : td.dataset.ifDiffers;
      });
      row.querySelector('td.sec').textContent = [report.site, report.mode, report.dest]
        .map(function (value) { return value || '(none)'; }).join(', ');
    });
    if (reported === table.querySelectorAll('tr[data-row]').length) {
      table.dataset.complete = 'true';
      verdict.textContent = summary();
    }
  }

  function sent(request, cookie) {
    return cell(request, cookie).dataset.sent === 'true';
  }

  function summary() {
    var embeds = ['iframe', 'img', 'fetch'];
    var crossed = embeds.filter(function (request) { return sent(request, 'none'); });
    var text = crossed.length === 0
      ? 'Your browser blocks third-party cookies: the SameSite=None; Secure cookie was not sent in the iframe, '
        + 'the image or the fetch.'
      : crossed.length === embeds.length
        ? 'Your browser allows third-party cookies: the SameSite=None; Secure cookie was sent in the iframe, '
          + 'the image and the fetch.'
        : 'Your browser sent the SameSite=None; Secure cookie in some embeds only: ' + crossed.join(', ') + '.';
    if (embeds.some(function (request) { return sent(request, 'iframe-partitioned'); })) {
      text += ' The partitioned cookie set inside the iframe came back from this site\'s embeds (CHIPS).';
    }
    if (sent('form-post', 'default')) {
      text += ' The cookie without SameSite crossed on a top-level POST: Chromium\'s Lax-allowing-unsafe window.';
    }
    return text;
  }

  var params = new URLSearchParams(location.search);
  var step = params.get('step');
  if (step) {
    history.replaceState(null, '', location.pathname);
  }
  if (step === 'planted') {
    results = {};
    sessionStorage.setItem(KEY, '{}');
    runEmbedded();
  } else if (NAVIGATIONS.indexOf(step) >= 0) {
    record(step, {
      request: step, sent: (params.get('sent') || '').split(',').filter(Boolean),
      site: params.get('site') || '', mode: params.get('mode') || '', dest: params.get('dest') || ''
    });
    var next = NAVIGATIONS[NAVIGATIONS.indexOf(step) + 1];
    if (next) {
      navigate(next);
    } else {
      render();
    }
  } else {
    if (step === 'cleared') {
      results = {};
      sessionStorage.setItem(KEY, '{}');
      verdict.textContent = 'The test cookies are cleared on both sites, in both partitions.';
    }
    render();
  }

  // Clear: this site's own jar (a same-origin fetch), the other site's cookies partitioned under this one (the
  // iframe), then the other site's own (a top-level visit that comes back here).
  document.getElementById('clear').addEventListener('submit', function (event) {
    var form = event.target;
    event.preventDefault();
    fetch(table.dataset.root + '/crosssite/clear', {redirect: 'manual'})
      .catch(function () { return null; })
      .then(function () { return frame('clear'); })
      .then(function () { form.submit(); });
  });
}());
