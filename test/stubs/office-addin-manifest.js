// office-addin-mock imports office-addin-manifest only for manifest helpers it never
// calls in our tests; the real package drags ESM-only modules into jest.
module.exports = {};
