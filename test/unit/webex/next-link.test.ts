import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextLink } from '../../../src/webex/next-link.js';

test('the next URL is returned exactly as written, opaque cursor included', () => {
  const next = 'https://webexapis.com/v1/events?max=2&cursor=Y3Vyc29yOjE%3D&from=2026-01-01T00%3A00%3A00Z';
  assert.equal(nextLink(`<${next}>; rel="next"`), next);
});

test('next is found among other relations, quoted or not', () => {
  const header = '<https://h/v1/x?p=1>; rel="first", <https://h/v1/x?p=3>; rel=next, <https://h/v1/x?p=1>; rel="prev"';
  assert.equal(nextLink(header), 'https://h/v1/x?p=3');
});

test('a URL holding a comma is not split apart', () => {
  assert.equal(nextLink('<https://h/v1/x?ids=a,b>; rel="next"'), 'https://h/v1/x?ids=a,b');
});

test('without a next relation there is no next page', () => {
  assert.equal(nextLink('<https://h/v1/x?p=1>; rel="first"'), undefined);
  assert.equal(nextLink('<https://h/v1/x?p=1>; rel="nextpage"'), undefined);
  assert.equal(nextLink(undefined), undefined);
  assert.equal(nextLink(''), undefined);
});

test('an unreadable header means no next page', () => {
  assert.equal(nextLink('garbage; rel="next"'), undefined);
});
