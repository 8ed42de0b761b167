// Jest cannot load import.meta: the pane reads the email on the main thread after its first paint.
module.exports = { startDraftWorker: () => null };
