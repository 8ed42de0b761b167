// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose real
// package drags ESM-only modules into jest. The values mirror the real enum.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    Project: 'project',
    PowerPoint: 'powerpoint',
    Word: 'word',
  },
};
