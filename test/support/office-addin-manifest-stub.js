// office-addin-mock reads only the host names from office-addin-manifest. The real package
// pulls in ESM-only dependencies that jest cannot load on Node 20, so jest maps it to this.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
