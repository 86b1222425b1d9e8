#include "sales/SalesSettings.h"

#include "store/StoreSettings.h"

#include <algorithm>

namespace patron {

QString cashRoundingCode(CashRounding r)
{
    switch (r) {
    case CashRounding::None: return QStringLiteral("none");
    case CashRounding::JiaoDown: return QStringLiteral("jiao_down");
    case CashRounding::YuanDown: return QStringLiteral("yuan_down");
    case CashRounding::JiaoHalfUp: return QStringLiteral("jiao_half_up");
    case CashRounding::YuanHalfUp: return QStringLiteral("yuan_half_up");
    }
    return {};
}

bool cashRoundingFromCode(const QString& code, CashRounding* out)
{
    for (CashRounding r : {CashRounding::None, CashRounding::JiaoDown, CashRounding::YuanDown, CashRounding::JiaoHalfUp,
                           CashRounding::YuanHalfUp})
        if (cashRoundingCode(r) == code) {
            *out = r;
            return true;
        }
    return false;
}

namespace {
const QString kRounding = QStringLiteral("sales.rounding");
const QString kDayCutoffHour = QStringLiteral("sales.day_cutoff_hour");
const QString kRequireShift = QStringLiteral("sales.require_shift");
const QString kMaxDiscountBp = QStringLiteral("sales.max_discount_bp");
const QString kNoReceiptTender = QStringLiteral("returns.no_receipt_tender");
} // namespace

const QStringList& SalesSettings::keys()
{
    static const QStringList all{kRounding, kDayCutoffHour, kRequireShift, kMaxDiscountBp, kNoReceiptTender};
    return all;
}

SalesSettings SalesSettings::from(const SettingsSnapshot& s)
{
    SalesSettings out;
    cashRoundingFromCode(s.text(kRounding, QStringLiteral("none")), &out.rounding);
    out.dayCutoffHour = int(std::clamp<qint64>(s.integer(kDayCutoffHour, 4), 0, 12));
    out.requireShift = s.integer(kRequireShift, 1) != 0;
    out.maxDiscountBp = int(std::clamp<qint64>(s.integer(kMaxDiscountBp, 1000), 0, 10000));
    out.noReceiptRefundTender = s.text(kNoReceiptTender, QStringLiteral("cash"));
    return out;
}

SalesSettings SalesSettings::load(const StoreSettings& s)
{
    return from(s.read(keys()));
}

} // namespace patron
