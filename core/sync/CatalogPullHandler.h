#pragma once
// Pulled products (head office's catalog and prices) applied to the till's catalog through
// ProductCatalog, without outbox events: head office owns them, so they never go back as changes.
// A product head office deletes is deactivated here (old sales still name it). A product the
// till cannot accept (say, a malformed barcode) is skipped with an audit record, so one bad row
// never stops the rest of the pull.

#include "sync/PullHandler.h"

namespace patron {

class AuditLog;
class ProductCatalog;

class CatalogPullHandler final : public PullHandler {
public:
    CatalogPullHandler(ProductCatalog& catalog, AuditLog& audit) : m_catalog(catalog), m_audit(audit) {}
    void apply(Database& db, const PulledChange& change) override;

private:
    ProductCatalog& m_catalog;
    AuditLog& m_audit;
};

} // namespace patron
