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

SalesSettings SalesSettings::load(const StoreSettings& s)
{
    SalesSettings out;
    cashRoundingFromCode(s.text(QStringLiteral("sales.rounding"), QStringLiteral("none")), &out.rounding);
    out.dayCutoffHour = int(std::clamp<qint64>(s.integer(QStringLiteral("sales.day_cutoff_hour"), 4), 0, 12));
    out.requireShift = s.integer(QStringLiteral("sales.require_shift"), 1) != 0;
    out.maxDiscountBp = int(std::clamp<qint64>(s.integer(QStringLiteral("sales.max_discount_bp"), 1000), 0, 10000));
    out.noReceiptRefundTender = s.text(QStringLiteral("returns.no_receipt_tender"), QStringLiteral("cash"));
    return out;
}

} // namespace patron
