-- An archive as release 0.0.x (schema 1) wrote it: no published_month / word_count columns,
-- no section depth, no versions.changed_sections, and FTS on the default tokenizer.
CREATE TABLE [authors] ([id] INTEGER PRIMARY KEY, [name] TEXT, [bio] TEXT, [url] TEXT);
CREATE TABLE [bodies] ([sha256] TEXT PRIMARY KEY, [body] BLOB, [compression] TEXT, [size] INTEGER);
CREATE TABLE [crawls] ([id] INTEGER PRIMARY KEY, [started] TEXT, [ended] TEXT, [status] TEXT,
  [sources] TEXT, [discovered] INTEGER, [fetched] INTEGER, [new] INTEGER, [changed] INTEGER,
  [unchanged] INTEGER, [skipped] INTEGER, [failed] INTEGER, [bytes] INTEGER, [options] TEXT);
CREATE TABLE [captures] ([id] INTEGER PRIMARY KEY, [url] TEXT NOT NULL, [fetched_at] TEXT NOT NULL,
  [status] INTEGER, [headers] TEXT, [body_sha256] TEXT NOT NULL REFERENCES [bodies]([sha256]),
  [size] INTEGER, [source] TEXT, [user_agent] TEXT, [robots] TEXT,
  [crawl_id] INTEGER REFERENCES [crawls]([id]));
CREATE TABLE [articles] ([id] INTEGER PRIMARY KEY, [url] TEXT NOT NULL, [source] TEXT,
  [title] TEXT, [author_id] INTEGER REFERENCES [authors]([id]), [published] TEXT,
  [modified] TEXT, [category] TEXT, [breadcrumbs] TEXT, [tags] TEXT, [language] TEXT,
  [description] TEXT, [is_article] INTEGER, [text] TEXT, [content_hash] TEXT NOT NULL,
  [version_count] INTEGER NOT NULL, [extractor_version] TEXT,
  [capture_id] INTEGER REFERENCES [captures]([id]), [first_seen] TEXT NOT NULL,
  [last_seen] TEXT NOT NULL, [last_changed] TEXT, [content] TEXT);
CREATE UNIQUE INDEX [idx_articles_url] ON [articles] ([url]);
CREATE TABLE [sections] ([id] INTEGER PRIMARY KEY,
  [article_id] INTEGER NOT NULL REFERENCES [articles]([id]), [position] INTEGER NOT NULL,
  [parent_id] INTEGER REFERENCES [sections]([id]), [level] INTEGER, [heading] TEXT, [kind] TEXT,
  [text] TEXT, [blocks] TEXT, [items] TEXT);
CREATE TABLE [versions] ([id] INTEGER PRIMARY KEY,
  [article_id] INTEGER NOT NULL REFERENCES [articles]([id]), [version] INTEGER NOT NULL,
  [content] TEXT NOT NULL, [content_hash] TEXT, [capture_id] INTEGER REFERENCES [captures]([id]),
  [extractor_version] TEXT, [valid_from] TEXT, [replaced_at] TEXT);
CREATE TABLE [errors] ([id] INTEGER PRIMARY KEY, [url] TEXT NOT NULL, [at] TEXT NOT NULL,
  [stage] TEXT NOT NULL, [message] TEXT NOT NULL, [crawl_id] INTEGER REFERENCES [crawls]([id]));
CREATE VIRTUAL TABLE [articles_fts] USING FTS5 ([title], [text], content=[articles]);
CREATE TRIGGER [articles_ai] AFTER INSERT ON [articles] BEGIN
  INSERT INTO [articles_fts] (rowid, [title], [text]) VALUES (new.rowid, new.[title], new.[text]);
END;
CREATE VIRTUAL TABLE [sections_fts] USING FTS5 ([heading], [text], content=[sections]);
CREATE TRIGGER [sections_ai] AFTER INSERT ON [sections] BEGIN
  INSERT INTO [sections_fts] (rowid, [heading], [text]) VALUES (new.rowid, new.[heading], new.[text]);
END;

INSERT INTO articles (id, url, source, title, published, is_article, text, content_hash,
  version_count, extractor_version, first_seen, last_seen, last_changed, content)
VALUES (1, 'https://example.org/hi/bharat-japan', 'studyiq', 'भारत-जापान सहयोग', '2024-03-05', 1,
  'संदर्भ' || char(10) || 'भारत और जापान ने सुरक्षा सहयोग बढ़ाया', 'v1hash', 1, '0.0.9',
  '2024-03-05T08:00:00Z', '2024-03-05T08:00:00Z', '2024-03-05T08:00:00Z',
  '{"url": "https://example.org/hi/bharat-japan", "title": "भारत-जापान सहयोग", "sections": []}');
INSERT INTO sections (id, article_id, position, parent_id, level, heading, kind, text, blocks, items)
VALUES (1, 1, 0, NULL, 2, 'संदर्भ', 'context', 'भारत और जापान ने सुरक्षा सहयोग बढ़ाया', '[]', '[]'),
       (2, 1, 1, 1, 3, 'उप', 'other', 'उप खंड', '[]', '[]');
PRAGMA user_version = 1;
