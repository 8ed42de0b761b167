#!/usr/bin/env node
/**
 * pouchdb-server with one defect of pouchdb-validation 4.2.0 fixed before it loads.
 *
 * Its validate() runs `newDoc._revisions = (oldDoc || {})._revisions;` on every write to a
 * database with a validate_doc_update function, admins included. For a replicated write
 * (`_bulk_docs` with `new_edits: false`) that replaces the incoming revision history with the
 * stored one, so PouchDB sees a revision it already has and silently drops the edit: replication
 * of any change to an existing document is lost, with no error. CouchDB keeps the history. The fix
 * keeps a history the request brought. Applied by rewriting the module source in memory (nothing
 * in node_modules changes); if the line is not found, this refuses to start rather than run a
 * server that loses edits.
 */
'use strict';
const Module = require('module');
const fs = require('fs');
const path = require('path');

const serverDir = path.dirname(require.resolve('pouchdb-server/package.json'));
const expressDir = path.dirname(require.resolve('express-pouchdb/package.json', { paths: [serverDir] }));
const validationFile = require.resolve('pouchdb-validation', { paths: [expressDir] });
const DEFECT = 'newDoc._revisions = (oldDoc || {})._revisions;';
const FIX = 'if (!newDoc._revisions) newDoc._revisions = (oldDoc || {})._revisions;';

const source = fs.readFileSync(validationFile, 'utf8');
if (!source.includes(DEFECT)) {
  console.error(`pouchdb-validation changed (${validationFile}): re-check the _revisions defect before running.`);
  process.exit(3);
}
const fixed = new Module(validationFile, module);
fixed.filename = validationFile;
fixed.paths = Module._nodeModulePaths(path.dirname(validationFile));
fixed._compile(source.replace(DEFECT, FIX), validationFile);
fixed.loaded = true;
require.cache[validationFile] = fixed;

require(path.join(serverDir, 'bin', 'pouchdb-server'));
