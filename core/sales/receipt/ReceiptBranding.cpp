#include "sales/receipt/ReceiptBranding.h"

#include "auth/AuditLog.h"
#include "auth/Permissions.h"
#include "auth/UserService.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace patron {

struct ReceiptBrandingTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ReceiptBranding)
};

namespace {
const QString kAddress = QStringLiteral("receipt/address");
const QString kPhone = QStringLiteral("receipt/phone");
const QString kFooter = QStringLiteral("receipt/footer");
const QString kLogo = QStringLiteral("receipt/logo");
const QString kTaxId = QStringLiteral("store/tax_id");
} // namespace

ReceiptBranding ReceiptBranding::load(const StoreSettings& settings)
{
    ReceiptBranding b;
    b.address = settings.text(kAddress);
    b.phone = settings.text(kPhone);
    b.taxId = settings.text(kTaxId);
    b.footer = settings.text(kFooter);
    b.logo = decodeLogo(settings.text(kLogo));
    return b;
}

Result<void> ReceiptBranding::save(Database& db, StoreSettings& settings, AuditLog& audit, const Session& actor,
                                   const ReceiptBranding& branding)
{
    if (!actor.can(perm::SettingsEdit))
        return makeError(ErrorCode::PermissionDenied,
                         ReceiptBrandingTr::tr("%1 may not change the receipt settings.").arg(actor.userName));
    return guarded([&] {
        Transaction tx(db);
        settings.set(kAddress, branding.address);
        settings.set(kPhone, branding.phone);
        settings.set(kFooter, branding.footer);
        settings.set(kLogo, encodeLogo(branding.logo));
        audit.append(actor.userName, QStringLiteral("settings.receipt"), QStringLiteral("receipt"),
                     {{QStringLiteral("logo"), !branding.logo.isNull()}});
        tx.commit();
    });
}

void ReceiptBranding::applyTo(ReceiptDocument& doc) const
{
    doc.header.address = address;
    doc.header.phone = phone;
    doc.header.taxId = taxId;
    doc.header.logo = logo;
    doc.footer = footer;
}

QString ReceiptBranding::encodeLogo(const MonoBitmap& logo)
{
    if (logo.isNull())
        return {};
    return QStringLiteral("%1:%2:").arg(logo.width()).arg(logo.height())
        + QString::fromLatin1(logo.packedRows().toBase64());
}

MonoBitmap ReceiptBranding::decodeLogo(const QString& text)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 3)
        return {};
    bool okW = false, okH = false;
    const int w = parts[0].toInt(&okW);
    const int h = parts[1].toInt(&okH);
    if (!okW || !okH || w <= 0 || h <= 0)
        return {};
    return MonoBitmap::fromPackedRows(w, h, QByteArray::fromBase64(parts[2].toLatin1()));
}

} // namespace patron
