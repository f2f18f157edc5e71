// Runs Express with cookie-parser, express-session, cookie-session and jsonwebtoken, and prints the cookies they set.
// Ground truth is each middleware's own reading of the cookie, sent back on a second request.
'use strict';
const crypto = require('crypto');
const http = require('http');
const express = require('express');
const cookieParser = require('cookie-parser');
const session = require('express-session');
const cookieSession = require('cookie-session');
const jwt = require('jsonwebtoken');

const SIGNED_AT = 1767225600; // 2026-01-01T00:00:00Z, as in python_vectors.py
const version = (name) => require(name + '/package.json').version;
const iso = (seconds) => seconds == null ? null : new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
const vectors = [];

function add(framework, kase, id, setCookie, key, payload, extra = {}) {
  const name = setCookie.slice(0, setCookie.indexOf('='));
  const value = setCookie.slice(name.length + 1).split(';')[0];
  vectors.push(Object.assign({ framework, case: kase, id, setCookie, name, value, key, payload, issuedAt: null,
    expiresAt: null, notBefore: null, compressed: false, algorithm: null, companion: null }, extra));
}

// Serves the app once: GET /set, then GET /read with the cookies it set; returns [Set-Cookie headers, read body].
function roundTrip(app) {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      http.get({ port, host: '127.0.0.1', path: '/set' }, (first) => {
        first.resume();
        const setCookies = first.headers['set-cookie'] || [];
        const cookie = setCookies.map((line) => line.split(';')[0]).join('; ');
        http.get({ port, host: '127.0.0.1', path: '/read', headers: { cookie } }, (second) => {
          let body = '';
          second.on('data', (chunk) => { body += chunk; });
          second.on('end', () => { server.close(); resolve([setCookies, JSON.parse(body)]); });
        }).on('error', reject);
      }).on('error', reject);
    });
  });
}

async function cookieParserVectors() {
  const fw = `Express ${version('express')} (cookie-parser ${version('cookie-parser')})`;
  const secret = 'a-long-random-key-nobody-knows-0f9e8d';
  const app = express();
  app.use(cookieParser(secret));
  app.get('/set', (req, res) => {
    res.cookie('remember', 'ada', { signed: true });
    res.cookie('prefs', { theme: 'dark', fonts: [12, 14] });
    res.cookie('cart', { items: ['widget'], total: 9.5 }, { signed: true });
    res.send('ok');
  });
  app.get('/read', (req, res) => res.json({ signed: req.signedCookies, plain: req.cookies }));
  const [lines, read] = await roundTrip(app);
  const line = (name) => lines.find((l) => l.startsWith(name + '='));
  add(fw, 'cookie-parser signed value', 'express-signed', line('remember'), secret, read.signed.remember,
    { algorithm: 'HMAC-SHA256' });
  add(fw, 'cookie-parser JSON value', 'express-json', line('prefs'), null, read.plain.prefs);
  add(fw, 'cookie-parser signed JSON value', 'express-signed', line('cart'), secret, read.signed.cart,
    { algorithm: 'HMAC-SHA256' });
}

async function expressSessionVectors() {
  const fw = `Express ${version('express')} (express-session ${version('express-session')})`;
  const app = express();
  app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true }));
  app.get('/set', (req, res) => { req.session.user = 'ada'; res.send('ok'); });
  app.get('/read', (req, res) => res.json({ id: req.sessionID, user: req.session.user }));
  const [lines, read] = await roundTrip(app);
  add(fw, 'express-session connect.sid', 'express-session', lines[0], 'keyboard cat', read.id,
    { algorithm: 'HMAC-SHA256' });
}

async function cookieSessionVectors() {
  const fw = `Express ${version('express')} (cookie-session ${version('cookie-session')})`;
  const app = express();
  app.use(cookieSession({ name: 'session', keys: ['key1', 'key2'] }));
  app.get('/set', (req, res) => { req.session.user = 'ada'; req.session.views = 1; res.send('ok'); });
  app.get('/read', (req, res) => res.json(req.session));
  const [lines, read] = await roundTrip(app);
  const sig = lines.find((l) => l.startsWith('session.sig='));
  add(fw, 'cookie-session with its .sig', 'cookie-session', lines.find((l) => l.startsWith('session=')), 'key1',
    read, { algorithm: 'HMAC-SHA1', companion: sig.split(';')[0] });
}

function jwtVectors() {
  const fw = `jsonwebtoken ${version('jsonwebtoken')}`;
  const claims = { sub: 'ada', role: 'admin', iat: SIGNED_AT, exp: SIGNED_AT + 3600 };
  for (const [alg, key] of [['HS256', 'shhhhh'], ['HS512', 'a-long-random-key-nobody-knows-0f9e8d']]) {
    const token = jwt.sign(claims, key, { algorithm: alg });
    add(fw, 'jsonwebtoken ' + alg, 'jwt', `access_token=${token}; Path=/; HttpOnly`, key,
      jwt.verify(token, key, { ignoreExpiration: true }),
      { issuedAt: iso(SIGNED_AT), expiresAt: iso(SIGNED_AT + 3600), algorithm: alg });
  }
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = publicKey.export({ type: 'spki', format: 'pem' });
  const token = jwt.sign(Object.assign({ nbf: SIGNED_AT + 60 }, claims), privateKey, { algorithm: 'ES256' });
  add(fw, 'jsonwebtoken ES256, not before a minute later', 'jwt', `access_token=${token}; Path=/`, pem,
    jwt.verify(token, pem, { ignoreExpiration: true, ignoreNotBefore: true }),
    { issuedAt: iso(SIGNED_AT), expiresAt: iso(SIGNED_AT + 3600), notBefore: iso(SIGNED_AT + 60), algorithm: 'ES256' });
}

(async () => {
  await cookieParserVectors();
  await expressSessionVectors();
  await cookieSessionVectors();
  jwtVectors();
  process.stdout.write(JSON.stringify(vectors, null, 1) + '\n');
})();
