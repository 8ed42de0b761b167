import { checkServerAddress, retryDelayMs, teamsOfRoles } from '../sessionRules';

describe('checkServerAddress', () => {
  it.each([
    ['https://couch.example.com', 'https://couch.example.com/'],
    ['couch.example.com:6984', 'https://couch.example.com:6984/'],
    ['  https://couch.example.com/db-proxy/  ', 'https://couch.example.com/db-proxy/'],
    ['http://127.0.0.1:5984', 'http://127.0.0.1:5984/'],
    ['http://localhost:5984/', 'http://localhost:5984/'],
  ])('accepts %s as %s', (typed, url) => {
    expect(checkServerAddress(typed)).toEqual({ ok: true, url });
  });

  it.each([
    ['', 'badAddress'],
    ['ftp://couch.example.com', 'badAddress'],
    ['https://bob:secret@couch.example.com', 'badAddress'],
    ['https://couch.example.com/?x=1', 'badAddress'],
    ['https://', 'badAddress'],
    ['http://couch.example.com', 'notHttps'],
  ])('refuses %j (%s)', (typed, problem) => {
    expect(checkServerAddress(typed)).toEqual({ ok: false, problem });
  });
});

it('lists the teams a user belongs to or manages, once each', () => {
  expect(teamsOfRoles(['manager:sales-north', 'team:sales-north', 'team:sales-south', '_admin', 'team:Bad Id'])).toEqual(['sales-north', 'sales-south']);
  expect(teamsOfRoles([])).toEqual([]);
});

it('waits longer after each failure, never more than a minute', () => {
  expect([0, 1, 2, 3, 6, 20].map(retryDelayMs)).toEqual([2000, 2000, 4000, 8000, 60000, 60000]);
});
