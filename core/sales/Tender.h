#pragma once
// Ways to pay. A coupon is a discount, not a tender; only a prepaid voucher is a tender. Bank
// card, WeChat Pay and Alipay are external: the terminal or the customer's phone takes the money,
// Patron records the amount and a reference, never card data.

#include <QString>

#include <optional>

namespace patron {

enum class TenderKind { Cash, Card, WeChat, Alipay, Wallet, Points, Voucher };

QString tenderCode(TenderKind kind);                       // "cash", "card", "wechat", … (stable)
std::optional<TenderKind> tenderFromCode(const QString& code);
QString tenderDisplayName(TenderKind kind);                // translated
inline bool isExternalTender(TenderKind k) { return k == TenderKind::Card || k == TenderKind::WeChat || k == TenderKind::Alipay; }
// Cash-like tenders earn points; points and stored-value bonus do not.
inline bool earnsPoints(TenderKind k) { return k != TenderKind::Points && k != TenderKind::Wallet; }

struct TenderInput {
    TenderKind kind = TenderKind::Cash;
    qint64 amountMinor = 0;  // cash: what the customer handed over (may exceed the due amount)
    qint64 points = 0;       // Points: how many points to redeem (the amount is their value)
    QString reference;       // external tenders and vouchers: terminal reference or voucher code
};

} // namespace patron
