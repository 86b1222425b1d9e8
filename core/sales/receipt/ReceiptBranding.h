#pragma once
// ReceiptBranding: what the shop prints on every receipt (address, phone, footer text, logo),
// kept in the store settings so it travels with backups and is the same on every till of the
// store. Keys: receipt/address, receipt/phone, receipt/footer, receipt/logo ("W:H:base64" of
// MonoBitmap's packed rows). The tax id (store/tax_id) is read here for the header but saved
// with the store details (ui StoreDetailsSettings), where the manager enters it.

#include "common/Result.h"
#include "sales/receipt/ReceiptDocument.h"

#include <QString>

namespace patron {
class AuditLog;
class Database;
class StoreSettings;
struct Session;
}

namespace patron {

struct ReceiptBranding {
    QString address;
    QString phone;
    QString taxId;  // loaded only: save() leaves it alone
    QString footer;
    MonoBitmap logo;

    static ReceiptBranding load(const StoreSettings& settings);
    // One transaction: the four settings and an audit record ("settings.receipt").
    static Result<void> save(Database& db, StoreSettings& settings, AuditLog& audit, const Session& actor,
                             const ReceiptBranding& branding);
    // Puts the branding on a document (header and footer).
    void applyTo(ReceiptDocument& doc) const;

    static QString encodeLogo(const MonoBitmap& logo);
    static MonoBitmap decodeLogo(const QString& text);  // null when malformed
};

} // namespace patron
