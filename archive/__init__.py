"""The archive: one SQLite file (through sqlite-utils) holding captures, articles, sections,
versions, crawls and errors, with full-text search, export and a Datasette front end."""
