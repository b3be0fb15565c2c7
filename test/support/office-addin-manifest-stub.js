/**
 * Stand-in for office-addin-manifest under Jest (its ES-module dependencies do not load in CommonJS).
 * office-addin-mock only reads the OfficeApp enum from it.
 */
module.exports = {
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
};
