"""The archive's web front end: the views, chart and safety rules behind the Datasette plugin.

`archive.datasette_plugin` only wires these into Datasette's hooks; everything that decides what a
reader sees (and what a scraped page is never allowed to do in their browser) lives here.
"""

# The name the archive is served under, whatever its file is called, so URLs (/archive/articles),
# metadata keys and template names (row-archive-articles.html) never depend on the file name.
DB_NAME = "archive"
