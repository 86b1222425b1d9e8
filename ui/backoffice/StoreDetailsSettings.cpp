#include "backoffice/StoreDetailsSettings.h"

#include "auth/AuditLog.h"
#include "store/Store.h"
#include "store/StoreSettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace patron::ui {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct StoreDetailsTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ui::StoreDetailsSettings)
};

namespace {
// ReceiptBranding's documented keys: the receipt header prints these.
const QString kAddress = QStringLiteral("receipt/address");
const QString kPhone = QStringLiteral("receipt/phone");
const QString kTaxId = QStringLiteral("store/tax_id");

// Settings values are NOT NULL; an empty value is stored as "" (a null QString binds NULL).
QString orEmpty(const QString& s) { return s.isNull() ? QStringLiteral("") : s.trimmed(); }
} // namespace

StoreDetails StoreDetailsSettings::load() const
{
    StoreDetails d;
    d.name = m_store.meta(QStringLiteral("store_name"));
    d.address = m_settings.text(kAddress);
    d.phone = m_settings.text(kPhone);
    d.taxId = m_settings.text(kTaxId);
    return d;
}

Result<void> StoreDetailsSettings::save(const Session& actor, const StoreDetails& d, bool joined)
{
    if (!actor.can(perm::SettingsEdit))
        return makeError(ErrorCode::PermissionDenied,
                         StoreDetailsTr::tr("%1 may not change the store details.").arg(actor.userName));
    if (!joined && d.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, StoreDetailsTr::tr("The store needs a name."));
    const QString tax = d.taxId.trimmed();
    // Unified social credit code (18) or the older taxpayer number (15): digits and capitals.
    static const QRegularExpression taxPattern(QStringLiteral("^([0-9A-Z]{15}|[0-9A-Z]{18}|[0-9A-Z]{20})$"));
    if (!tax.isEmpty() && !taxPattern.match(tax).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         StoreDetailsTr::tr("\"%1\" is not a tax id: 15, 18 or 20 digits and capital letters.").arg(tax));
    return guarded([&] {
        Transaction tx(m_store.db());
        if (!joined)
            m_store.setMeta(QStringLiteral("store_name"), d.name.trimmed());
        m_settings.set(kAddress, orEmpty(d.address));
        m_settings.set(kPhone, orEmpty(d.phone));
        m_settings.set(kTaxId, orEmpty(tax));
        m_audit.append(actor.userName, QStringLiteral("settings.store"), m_store.identity().storeCode,
                       {{QStringLiteral("name_changed"), !joined && d.name.trimmed() != m_store.identity().storeName}});
        tx.commit();
    });
}

} // namespace patron::ui
