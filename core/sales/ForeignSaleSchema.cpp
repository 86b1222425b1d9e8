#include "sales/ForeignSaleSchema.h"

#include "store/Database.h"

namespace patron {

void foreignSaleSchema(Database& db)
{
    db.exec(R"sql(
-- Another store's sale, copied from head office for a return at this till. Its rows live in
-- sales / sale_lines / sale_payments and the lines' payment shares (sale_line_tenders until schema
-- step 23, sale_lines.tender_shares since; a return links to them like to any sale:
-- original_sale_id, original_line_id, original_payment_id) with no shift, and nothing of this
-- till counts them: the summary tables are written by checkout and return only, and the
-- product-month roll-up is marked past the copy's lines when it is written (SaleCopy).
CREATE TABLE foreign_sales (
  sale_id    INTEGER PRIMARY KEY REFERENCES sales(id),
  store_code TEXT NOT NULL,
  till_code  TEXT NOT NULL,
  fetched_at TEXT NOT NULL
);

-- What other tills returned of a sale line (a foreign sale's, or this till's own sale taken back
-- in another store), as head office last said: the quantity (returns applied and holds), the part
-- of it whose refunds head office knows per original payment, and those refunds
-- ([{"payment_uuid", "amount_minor", "points"}], negative as on the return).
CREATE TABLE returned_elsewhere (
  sale_line_id    INTEGER PRIMARY KEY REFERENCES sale_lines(id),
  qty_milli       INTEGER NOT NULL,
  exact_qty_milli INTEGER NOT NULL,
  refunds         TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
)sql");
}

} // namespace patron
