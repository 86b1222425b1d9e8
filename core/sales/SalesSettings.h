#pragma once
// The store settings selling reads (kept in the store, so they travel with backups and come from
// head office once the till is joined).

#include "money/Money.h"

#include <QString>
#include <QStringList>

namespace patron {

class SettingsSnapshot;
class StoreSettings;

struct SalesSettings {
    CashRounding rounding = CashRounding::None;  // sales.rounding: none|jiao_down|yuan_down|jiao_half_up|yuan_half_up
    int dayCutoffHour = 4;                       // sales.day_cutoff_hour: sales before 04:00 belong to the day before
    bool requireShift = true;                    // sales.require_shift: sell only in an open shift
    int maxDiscountBp = 1000;                    // sales.max_discount_bp: more needs discount.override
    QString noReceiptRefundTender = QStringLiteral("cash");  // returns.no_receipt_tender

    // The settings' keys, so a caller can read them with others in one snapshot (checkout).
    static const QStringList& keys();
    static SalesSettings from(const SettingsSnapshot& settings);
    // Reads keys() now, with one statement.
    static SalesSettings load(const StoreSettings& settings);
};

QString cashRoundingCode(CashRounding r);
bool cashRoundingFromCode(const QString& code, CashRounding* out);

} // namespace patron
