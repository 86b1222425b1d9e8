#include "catalog/CatalogSchema.h"

#include "catalog/ProductTermsIndex.h"
#include "store/Database.h"

namespace patron {

void catalogSchema(Database& db)
{
    db.exec(R"sql(
CREATE TABLE categories (
  id         INTEGER PRIMARY KEY,
  uuid       BLOB NOT NULL UNIQUE,
  parent_id  INTEGER REFERENCES categories(id),
  name       TEXT NOT NULL,
  path       TEXT NOT NULL UNIQUE,   -- "饮料/碳酸饮料": the tree, readable and unique
  sort       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE products (
  id                 INTEGER PRIMARY KEY,
  uuid               BLOB NOT NULL UNIQUE,
  sku                TEXT NOT NULL UNIQUE,        -- 货号
  plu                TEXT UNIQUE,                 -- for goods without a barcode and scale labels
  name               TEXT NOT NULL,
  initials           TEXT NOT NULL DEFAULT '',    -- 助记码 shown and edited (first variant)
  initials_custom    INTEGER NOT NULL DEFAULT 0,  -- 1: typed by the shop, not generated
  category_id        INTEGER REFERENCES categories(id),
  unit               TEXT NOT NULL DEFAULT '',
  price_minor        INTEGER NOT NULL CHECK (price_minor >= 0),
  member_price_minor INTEGER CHECK (member_price_minor IS NULL OR member_price_minor >= 0),
  cost_minor         INTEGER NOT NULL DEFAULT 0,
  tax_bp             INTEGER NOT NULL DEFAULT 0,
  weighed            INTEGER NOT NULL DEFAULT 0,
  open_price         INTEGER NOT NULL DEFAULT 0,
  active             INTEGER NOT NULL DEFAULT 1,
  updated_at         TEXT NOT NULL
);
CREATE INDEX products_category ON products(category_id);

-- Several barcodes per product; the key is the normalised lookup form (UPC-A as EAN-13).
CREATE TABLE product_barcodes (
  code       TEXT PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX product_barcodes_product ON product_barcodes(product_id);

-- Search index. SQLite's FTS tokenizers keep a run of Chinese as one token, so 牛肉 would not
-- be found inside 红烧牛肉面. Terms: 'b:' + every character bigram (and 'u:' + unigram) of the
-- lower-cased name, 'i:' + every pinyin-initials spelling (prefix-searched by range).
CREATE TABLE product_terms (
  term       TEXT NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  PRIMARY KEY (term, product_id)
) WITHOUT ROWID;
CREATE INDEX product_terms_product ON product_terms(product_id);

-- The till's grid for goods without a barcode (无码商品), arranged by the manager.
CREATE TABLE quick_keys (
  position   INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  label      TEXT
);
)sql");
}

void productTermsRankKey(Database& db)
{
    // Ranking read every candidate's name (thousands for a common bigram in a 200,000-product
    // catalog); with the rank key in the primary key one term's products come out in rank order
    // and a search reads about as many rows as it shows.
    db.exec(R"sql(
DROP TABLE product_terms;
CREATE TABLE product_terms (
  term       TEXT NOT NULL,
  rank_key   TEXT NOT NULL,  -- folded name length (4 digits) + SKU: how search orders ties
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  PRIMARY KEY (term, rank_key, product_id)
) WITHOUT ROWID;
CREATE INDEX product_terms_product ON product_terms(product_id);
)sql");
    ProductTermsIndex(db).rebuildAll();
}

} // namespace patron
