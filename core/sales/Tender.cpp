#include "sales/Tender.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct TenderTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Tender)
};

QString tenderCode(TenderKind kind)
{
    switch (kind) {
    case TenderKind::Cash: return QStringLiteral("cash");
    case TenderKind::Card: return QStringLiteral("card");
    case TenderKind::WeChat: return QStringLiteral("wechat");
    case TenderKind::Alipay: return QStringLiteral("alipay");
    case TenderKind::Wallet: return QStringLiteral("wallet");
    case TenderKind::Points: return QStringLiteral("points");
    case TenderKind::Voucher: return QStringLiteral("voucher");
    }
    return {};
}

std::optional<TenderKind> tenderFromCode(const QString& code)
{
    for (TenderKind k : {TenderKind::Cash, TenderKind::Card, TenderKind::WeChat, TenderKind::Alipay,
                         TenderKind::Wallet, TenderKind::Points, TenderKind::Voucher})
        if (tenderCode(k) == code.trimmed().toLower())
            return k;
    return std::nullopt;
}

QString tenderDisplayName(TenderKind kind)
{
    switch (kind) {
    case TenderKind::Cash: return TenderTr::tr("Cash");
    case TenderKind::Card: return TenderTr::tr("Bank card");
    case TenderKind::WeChat: return TenderTr::tr("WeChat Pay");
    case TenderKind::Alipay: return TenderTr::tr("Alipay");
    case TenderKind::Wallet: return TenderTr::tr("Stored value");
    case TenderKind::Points: return TenderTr::tr("Points");
    case TenderKind::Voucher: return TenderTr::tr("Prepaid voucher");
    }
    return {};
}

} // namespace patron
